package org.accord.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.accord.shared.CheckedEvidence;
import org.accord.shared.StoredEvidence;

/** A file that proves a milestone was delivered, kept in the database. */
@Entity
@Table(name = "milestone_evidence")
class MilestoneEvidence extends StoredEvidence {

    @Column(name = "milestone_id", nullable = false, updatable = false)
    private Long milestoneId;

    protected MilestoneEvidence() {
    }

    MilestoneEvidence(long milestoneId, CheckedEvidence file, String uploadedBy, Instant uploadedAt) {
        super(file, uploadedBy, uploadedAt);
        this.milestoneId = milestoneId;
    }

    Long getMilestoneId() {
        return milestoneId;
    }
}
