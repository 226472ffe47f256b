package org.accord.portal.operations;

import java.sql.Timestamp;
import java.time.Instant;
import org.accord.notification.MailStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the portal's work queues hold, in the whole database (all nodes): e-mails by state, reminders sent,
 * accounts locked out now. Read by the metrics at each scrape; each is one count over an index or a small table.
 */
@Component
class Backlog {

    private final JdbcTemplate jdbc;

    Backlog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    long mails(MailStatus status) {
        return count("select count(*) from mail_message where status = ?", status.name());
    }

    /** E-mails that failed at least once and wait for another attempt. */
    long mailsRetrying() {
        return count("select count(*) from mail_message where status = ? and attempts > 0", MailStatus.PENDING.name());
    }

    long remindersSent() {
        return count("select count(*) from reminder_sent");
    }

    long accountsLockedOut() {
        return count("select count(*) from user_account where locked_until > ?", Timestamp.from(Instant.now()));
    }

    private long count(String sql, Object... arguments) {
        Long count = jdbc.queryForObject(sql, Long.class, arguments);
        return count == null ? 0 : count;
    }
}
