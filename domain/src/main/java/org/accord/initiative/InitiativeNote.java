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

/** A note on an initiative: shared with both parties, or internal to the author's party. */
@Entity
@Table(name = "initiative_note")
class InitiativeNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id")
    private Initiative initiative;

    @Column(nullable = false, length = 60)
    private String author;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Column(nullable = false)
    private boolean internal;

    @Column(nullable = false, length = 4000)
    private String body;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected InitiativeNote() {
    }

    InitiativeNote(Initiative initiative, String author, long partyId, boolean internal, String body, Instant createdAt) {
        this.initiative = initiative;
        this.author = author;
        this.partyId = partyId;
        this.internal = internal;
        this.body = body;
        this.createdAt = createdAt;
    }

    NoteView view(String partyCode) {
        return new NoteView(id, author, partyCode, internal, body, createdAt);
    }

    long getPartyId() {
        return partyId;
    }
}
