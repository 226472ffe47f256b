package org.accord.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** Who leads which initiative for which party, read-only: the initiative feature owns the assignments. */
@Entity(name = "NotificationLead")
@Table(name = "oversight_assignment")
@Immutable
class InitiativeLead {

    @Id
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(name = "lead_id", nullable = false)
    private Long leadId;

    @Column(name = "ended_at")
    private Instant endedAt;

    protected InitiativeLead() {
    }
}
