package org.accord.audit;

import java.time.Instant;

/**
 * One line of the audit trail screen. A security event names its {@code action}, {@code target} and
 * {@code details}; a change names its subject ({@code subjectType}, {@code subjectId} and, while the record
 * exists, {@code subjectName}: its code, or a task's title), {@code field}, {@code before} and {@code after}.
 * The other parts are null.
 */
public record AuditTrailRow(AuditKind kind, long id, Instant at, String who, AuditAction action, String target,
                            String subjectType, Long subjectId, String field, String before, String after,
                            String details, AuditOutcome outcome, String clientAddress, String subjectName) {

    AuditTrailRow named(String name) {
        return new AuditTrailRow(kind, id, at, who, action, target, subjectType, subjectId, field, before, after,
                details, outcome, clientAddress, name);
    }
}
