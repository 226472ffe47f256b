package org.accord.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Who leads which initiative, read-only, so that a lead's team view covers the initiatives they lead. */
@Entity(name = "TaskLead")
@Table(name = "oversight_assignment")
@Immutable
class TaskLead {

    @Id
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(name = "lead_id", nullable = false)
    private Long leadId;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected TaskLead() {
    }
}
