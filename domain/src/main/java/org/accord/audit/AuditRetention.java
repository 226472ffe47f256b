package org.accord.audit;

import java.time.Clock;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes security events older than {@code accord.audit.retention} (a period such as {@code P2Y} or
 * {@code 400d}); without it every event is kept. The change history is never deleted.
 */
@Component
class AuditRetention {

    private final AuditEventRepository events;
    private final Optional<Period> keep;
    private final Clock clock;

    @Autowired
    AuditRetention(AuditEventRepository events, @Value("${accord.audit.retention:#{null}}") Period keep,
                   ObjectProvider<Clock> clock) {
        this(events, keep, clock.getIfAvailable(Clock::systemUTC));
    }

    AuditRetention(AuditEventRepository events, Period keep, Clock clock) {
        if (keep != null && (keep.isZero() || keep.isNegative())) {
            throw new IllegalArgumentException("accord.audit.retention must be a positive period, not " + keep);
        }
        this.events = events;
        this.keep = Optional.ofNullable(keep);
        this.clock = clock;
    }

    /** Returns how many security events went: none when no retention is set. */
    @Transactional
    public int run() {
        if (keep.isEmpty()) {
            return 0;
        }
        Instant before = clock.instant().atZone(ZoneOffset.UTC).minus(keep.get()).toInstant();
        return events.deleteOlderThan(before);
    }
}
