package org.accord.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the outbox and the notification lists from growing forever: sent e-mails and read notifications older
 * than {@code accord.notifications.keep-days} go. Pending and held e-mails and unread notifications stay, however
 * old. Runs after the daily digest.
 */
@Component
class Housekeeping {

    private final JdbcTemplate jdbc;
    private final Duration keep;
    private final Clock clock;

    @Autowired
    Housekeeping(JdbcTemplate jdbc, @Value("${accord.notifications.keep-days:180}") int keepDays,
                 ObjectProvider<Clock> clock) {
        this(jdbc, keepDays, clock.getIfAvailable(Clock::systemUTC));
    }

    Housekeeping(JdbcTemplate jdbc, int keepDays, Clock clock) {
        if (keepDays < 1) {
            throw new IllegalArgumentException("accord.notifications.keep-days must be 1 or more, not " + keepDays);
        }
        this.jdbc = jdbc;
        this.keep = Duration.ofDays(keepDays);
        this.clock = clock;
    }

    /** Returns how many e-mails and notifications went. */
    int run() {
        var before = Timestamp.from(clock.instant().minus(keep));
        return jdbc.update("delete from mail_message where status = 'SENT' and sent_at < ?", before)
                + jdbc.update("delete from notification where read_at is not null and created_at < ?", before);
    }
}
