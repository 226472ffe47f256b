package org.accord.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** Which agreement a commitment belongs to, read-only, so that the team view narrows to an agreement in one query. */
@Entity(name = "TaskCommitment")
@Table(name = "commitment")
@Immutable
class TaskCommitment {

    @Id
    private Long id;

    @Column(name = "agreement_id", nullable = false)
    private Long agreementId;

    protected TaskCommitment() {
    }
}
