package org.accord.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Security events older than the configured retention go; without one, and in the change history, all stay. */
@PortalTest
class AuditRetentionTest {

    @Autowired
    AuditEventRepository events;
    @Autowired
    AuditRetention configured;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void securityEventsOlderThanTheRetentionGoAndNewerOnesAndChangesStay() {
        Instant now = Instant.now();
        String who = "retention" + System.nanoTime();
        event(who, now.minus(Duration.ofDays(400)), "older");
        event(who, now.minus(Duration.ofDays(366)), "just older");
        event(who, now.minus(Duration.ofDays(364)), "just newer");
        event(who, now.minus(Duration.ofDays(1)), "recent");
        change(who, now.minus(Duration.ofDays(4000)));

        int removed = new AuditRetention(events, Period.ofYears(1), Clock.fixed(now, ZoneOffset.UTC)).run();

        assertThat(removed).isGreaterThanOrEqualTo(2);
        assertThat(details(who)).containsExactlyInAnyOrder("just newer", "recent");
        assertThat(jdbc.queryForObject("select count(*) from change_history where changed_by = ?", Integer.class, who))
                .isEqualTo(1);
    }

    @Test
    void withoutARetentionEveryEventIsKept() {
        String who = "retention" + System.nanoTime();
        event(who, Instant.parse("2001-01-01T00:00:00Z"), "very old");

        assertThat(new AuditRetention(events, null, Clock.systemUTC()).run()).isZero();
        assertThat(configured.run()).as("the application's default: keep").isZero();
        assertThat(details(who)).containsExactly("very old");
    }

    @Test
    void theRetentionIsWrittenAsAPeriodInEitherStyle() {
        var conversion = org.springframework.boot.convert.ApplicationConversionService.getSharedInstance();

        assertThat(conversion.convert("P2Y", Period.class)).isEqualTo(Period.ofYears(2));
        assertThat(conversion.convert("400d", Period.class)).isEqualTo(Period.ofDays(400));
    }

    @Test
    void aRetentionOfNothingIsRefused() {
        assertThatThrownBy(() -> new AuditRetention(events, Period.ZERO, Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("accord.audit.retention");
    }

    private List<String> details(String who) {
        return jdbc.queryForList("select details from audit_event where actor = ?", String.class, who);
    }

    private void event(String actor, Instant at, String details) {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, outcome, details)
                values (?, ?, 'LOGIN_SUCCESS', 'SUCCESS', ?)""", Timestamp.from(at), actor, details);
    }

    private void change(String by, Instant at) {
        jdbc.update("""
                insert into change_history (subject_type, subject_id, field, new_value, changed_by, changed_at)
                values ('task', 1, 'status', 'DONE', ?, ?)""", by, Timestamp.from(at));
    }
}
