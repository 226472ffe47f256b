package org.accord.audit;

/** One line of the audit trail as a feature reports it; time and client address are added when it is written. */
public record AuditEntry(String actor, AuditAction action, String target, AuditOutcome outcome, String details) {

    public static AuditEntry success(String actor, AuditAction action, String target) {
        return new AuditEntry(actor, action, target, AuditOutcome.SUCCESS, null);
    }

    public AuditEntry withDetails(String newDetails) {
        return new AuditEntry(actor, action, target, outcome, newDetails);
    }
}
