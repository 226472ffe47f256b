package org.accord.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** A person's e-mail choices and when their last digest went out; no row means the defaults. */
@Entity
@Table(name = "notification_preference")
class NotificationPreference {

    @Id
    @Column(name = "user_id")
    private Long userId;

    @Column(name = "email_assigned", nullable = false)
    private boolean assigned;

    @Column(name = "email_due_soon", nullable = false)
    private boolean dueSoon;

    @Column(name = "email_overdue", nullable = false)
    private boolean overdue;

    @Column(name = "email_comment", nullable = false)
    private boolean comment;

    @Column(name = "email_milestone", nullable = false)
    private boolean milestone;

    @Column(name = "daily_digest", nullable = false)
    private boolean dailyDigest;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    @Version
    private long version;

    protected NotificationPreference() {
    }

    NotificationPreference(long userId, EmailChoices choices) {
        this.userId = userId;
        choose(choices);
    }

    void choose(EmailChoices choices) {
        assigned = choices.assigned();
        dueSoon = choices.dueSoon();
        overdue = choices.overdue();
        comment = choices.comment();
        milestone = choices.milestone();
        dailyDigest = choices.dailyDigest();
    }

    EmailChoices choices() {
        return new EmailChoices(assigned, dueSoon, overdue, comment, milestone, dailyDigest);
    }

    Long getUserId() {
        return userId;
    }

    Instant getLastDigestAt() {
        return lastDigestAt;
    }

    void digestSent(Instant at) {
        lastDigestAt = at;
    }
}
