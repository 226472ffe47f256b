package org.accord.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A person's secret calendar link, kept only as the SHA-256 hash of its token. */
@Entity
@Table(name = "calendar_feed")
class CalendarFeed {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "token_hash", nullable = false, length = 64)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected CalendarFeed() {
    }

    CalendarFeed(long userId, String tokenHash, Instant createdAt) {
        this.userId = userId;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** A new token for the same person: the old link stops working. */
    void replace(String newTokenHash, Instant now) {
        this.tokenHash = newTokenHash;
        this.createdAt = now;
    }

    Long getUserId() {
        return userId;
    }
}
