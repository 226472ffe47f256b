package org.accord.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A written audit row. Never updated; deleted only when older than the retention, if one is set. */
@Entity
@Table(name = "audit_event")
class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 60)
    private String actor;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private AuditAction action;

    @Column(length = 200)
    private String target;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AuditOutcome outcome;

    @Column(length = 1000)
    private String details;

    @Column(name = "client_address", length = 45)
    private String clientAddress;

    protected AuditEvent() {
    }

    AuditEvent(Instant occurredAt, AuditEntry entry, String clientAddress) {
        this.occurredAt = occurredAt;
        this.actor = clip(entry.actor() == null ? "anonymous" : entry.actor(), 60);
        this.action = entry.action();
        this.target = clip(entry.target(), 200);
        this.outcome = entry.outcome();
        this.details = clip(entry.details(), 1000);
        this.clientAddress = clip(clientAddress, 45);
    }

    AuditTrailRow toRow() {
        return new AuditTrailRow(AuditKind.SECURITY, id, occurredAt, actor, action, target, null, null, null, null,
                null, details, outcome, clientAddress, null);
    }

    private static String clip(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
