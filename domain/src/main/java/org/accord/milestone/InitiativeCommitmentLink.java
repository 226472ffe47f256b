package org.accord.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** Which commitments an initiative implements, read-only, to narrow milestones to an agreement or a commitment. */
@Entity(name = "MilestoneInitiativeCommitment")
@Table(name = "initiative_commitment")
@Immutable
class InitiativeCommitmentLink {

    @EmbeddedId
    private Key key;

    protected InitiativeCommitmentLink() {
    }

    @Embeddable
    record Key(@Column(name = "initiative_id") Long initiativeId, @Column(name = "commitment_id") Long commitmentId)
            implements Serializable {
    }
}
