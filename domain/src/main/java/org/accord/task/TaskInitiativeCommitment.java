package org.accord.task;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import org.hibernate.annotations.Immutable;

/** Which commitments an initiative implements, read-only, to narrow the team view to an agreement or a commitment. */
@Entity(name = "TaskInitiativeCommitment")
@Table(name = "initiative_commitment")
@Immutable
class TaskInitiativeCommitment {

    @EmbeddedId
    private Key key;

    protected TaskInitiativeCommitment() {
    }

    @Embeddable
    record Key(@Column(name = "initiative_id") Long initiativeId, @Column(name = "commitment_id") Long commitmentId)
            implements Serializable {
    }
}
