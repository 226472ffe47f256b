package org.accord.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of a milestone's log; only ever inserted, so two people logging at once both keep theirs. */
@Entity
@Table(name = "milestone_log")
class MilestoneLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "milestone_id", nullable = false, updatable = false)
    private Long milestoneId;

    @Column(name = "logged_by", nullable = false, length = 60, updatable = false)
    private String loggedBy;

    @Column(name = "logged_at", nullable = false, updatable = false)
    private Instant loggedAt;

    @Column(length = 4000, updatable = false)
    private String changes;

    @Column(length = 4000, updatable = false)
    private String note;

    @Column(name = "rebaseline_reason", length = 1000, updatable = false)
    private String rebaselineReason;

    protected MilestoneLogEntry() {
    }

    MilestoneLogEntry(long milestoneId, String loggedBy, Instant loggedAt, String changes, String note,
                      String rebaselineReason) {
        this.milestoneId = milestoneId;
        this.loggedBy = loggedBy;
        this.loggedAt = loggedAt;
        this.changes = changes;
        this.note = note;
        this.rebaselineReason = rebaselineReason;
    }

    LogLine line() {
        return new LogLine(id, loggedBy, loggedAt, changes, note, rebaselineReason);
    }
}
