package org.accord.portal.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RequestWindowsTest {

    private Instant now = Instant.parse("2012-05-02T10:00:00Z");
    private final Clock clock = new Clock() {
        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    };

    @Test
    void requestsOverTheLimitWaitUntilTheWindowEnds() {
        var windows = new RequestWindows(3, Duration.ofMinutes(1), clock);
        for (int i = 0; i < 3; i++) {
            assertThat(windows.count("token")).isEmpty();
        }
        now = now.plusSeconds(20);

        assertThat(windows.count("token")).isEqualTo(OptionalLong.of(40));
        assertThat(windows.count("other token")).as("each key counts on its own").isEmpty();
        now = now.plusSeconds(40);
        assertThat(windows.count("token")).as("a new window").isEmpty();
    }

    @Test
    void failuresBlockAnAddressOnceTheyReachTheLimit() {
        var failures = new RequestWindows(2, Duration.ofMinutes(1), clock);
        failures.count("10.0.0.1");
        assertThat(failures.blocked("10.0.0.1")).isEmpty();
        failures.count("10.0.0.1");
        now = now.plusMillis(59_500);

        assertThat(failures.blocked("10.0.0.1")).isEqualTo(OptionalLong.of(1));
        assertThat(failures.blocked("10.0.0.2")).isEmpty();
        now = now.plusMillis(500);
        assertThat(failures.blocked("10.0.0.1")).isEmpty();
    }
}
