package org.accord.initiative;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** A period during which a person led an initiative for a party; the current lead's period has no end. */
@Entity
@Table(name = "oversight_assignment")
class OversightAssignment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(name = "lead_id", nullable = false)
    private long leadId;

    @Column(name = "assigned_by", nullable = false, length = 60)
    private String assignedBy;

    @Column(name = "started_at", nullable = false)
    private Instant startedAt;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 60)
    private String endedBy;

    protected OversightAssignment() {
    }

    OversightAssignment(Initiative initiative, long partyId, long leadId, String assignedBy, Instant startedAt) {
        this.initiative = initiative;
        this.partyId = partyId;
        this.leadId = leadId;
        this.assignedBy = assignedBy;
        this.startedAt = startedAt;
    }

    void end(Instant at, String by) {
        this.endedAt = at;
        this.endedBy = by;
    }

    long getPartyId() {
        return partyId;
    }

    long getLeadId() {
        return leadId;
    }

    String getAssignedBy() {
        return assignedBy;
    }

    Instant getStartedAt() {
        return startedAt;
    }

    Instant getEndedAt() {
        return endedAt;
    }

    String getEndedBy() {
        return endedBy;
    }

    Initiative getInitiative() {
        return initiative;
    }
}
