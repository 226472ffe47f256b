package org.accord.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** A stored change of one field. Never updated, never deleted. */
@Entity
@Table(name = "change_history")
class ChangeEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "subject_type", nullable = false, length = 30)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private long subjectId;

    @Column(nullable = false, length = 60)
    private String field;

    @Column(name = "old_value", length = 4000)
    private String oldValue;

    @Column(name = "new_value", length = 4000)
    private String newValue;

    @Column(name = "changed_by", nullable = false, length = 60)
    private String changedBy;

    @Column(name = "changed_at", nullable = false)
    private Instant changedAt;

    @Column(name = "visible_to_party_id")
    private Long visibleToPartyId;

    protected ChangeEntry() {
    }

    ChangeEntry(String subjectType, long subjectId, FieldChange change, String changedBy, Instant changedAt,
                Long visibleToPartyId) {
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.field = change.field();
        this.oldValue = clip(change.before());
        this.newValue = clip(change.after());
        this.changedBy = changedBy;
        this.changedAt = changedAt;
        this.visibleToPartyId = visibleToPartyId;
    }

    /** The values of {@link ChangeHistory}'s insert, in its order; the time as UTC, as Hibernate writes it. */
    Object[] columns() {
        return new Object[] {subjectType, subjectId, field, oldValue, newValue, changedBy,
                LocalDateTime.ofInstant(changedAt, ZoneOffset.UTC), visibleToPartyId};
    }

    HistoryLine toLine() {
        return new HistoryLine(changedAt, changedBy, subjectType, subjectId, field, oldValue, newValue);
    }

    AuditTrailRow toRow() {
        return new AuditTrailRow(AuditKind.CHANGE, id, changedAt, changedBy, null, null, subjectType, subjectId, field,
                oldValue, newValue, null, AuditOutcome.SUCCESS, null, null);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 4000 ? value : value.substring(0, 4000);
    }
}
