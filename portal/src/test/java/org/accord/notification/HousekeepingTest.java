package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Sent e-mails and read notifications go after the kept days; whatever still matters stays. */
@PortalTest
class HousekeepingTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void sentMailsAndReadNotificationsOlderThanTheKeptDaysGoAndTheRestStays() {
        Instant now = Instant.now();
        Instant old = now.minus(Duration.ofDays(200));
        Instant recent = now.minus(Duration.ofDays(10));
        String mark = "housekeeping " + System.nanoTime();
        long sentOld = mail(mark, "SENT", old);
        long sentRecent = mail(mark, "SENT", recent);
        long pendingOld = mail(mark, "PENDING", old);
        long heldOld = mail(mark, "HELD", old);
        long recipient = jdbc.queryForObject("select id from user_account where username = 'liaison.us'", Long.class);
        long readOld = notification(recipient, mark, old, old);
        long unreadOld = notification(recipient, mark, old, null);
        long readRecent = notification(recipient, mark, recent, recent);

        int removed = new Housekeeping(jdbc, 180, Clock.fixed(now, ZoneOffset.UTC)).run();

        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForList("select id from mail_message where subject = ?", Long.class, mark))
                .containsExactlyInAnyOrder(sentRecent, pendingOld, heldOld).doesNotContain(sentOld);
        assertThat(jdbc.queryForList("select id from notification where subject = ?", Long.class, mark))
                .containsExactlyInAnyOrder(unreadOld, readRecent).doesNotContain(readOld);
    }

    @Test
    void keepingNoDaysIsRefused() {
        assertThatThrownBy(() -> new Housekeeping(jdbc, 0, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("keep-days");
    }

    private long mail(String subject, String status, Instant at) {
        jdbc.update("""
                insert into mail_message (to_address, language, kind, subject, body, status, attempts, next_attempt_at,
                    created_at, sent_at) values ('x@example.org', 'en', 'TASK_ASSIGNED', ?, 'body', ?, 0, ?, ?, ?)""",
                subject, status, Timestamp.from(at), Timestamp.from(at), "SENT".equals(status) ? Timestamp.from(at) : null);
        return jdbc.queryForObject("select max(id) from mail_message where subject = ?", Long.class, subject);
    }

    private long notification(long recipient, String subject, Instant created, Instant read) {
        jdbc.update("""
                insert into notification (recipient_id, kind, subject, created_at, read_at)
                values (?, 'TASK_ASSIGNED', ?, ?, ?)""", recipient, subject, Timestamp.from(created),
                read == null ? null : Timestamp.from(read));
        return jdbc.queryForObject("select max(id) from notification where subject = ?", Long.class, subject);
    }
}
