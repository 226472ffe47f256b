package org.accord.portal.api.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts requests per key (a token, a client address) in windows of a fixed length, each starting at the key's
 * first request after the previous window ended. In this node's memory: each node counts on its own.
 */
final class RequestWindows {

    private static final int PURGE_ABOVE = 10_000;

    private record Window(Instant start, int count) {
    }

    private final int limit;
    private final Duration length;
    private final Clock clock;
    private final ConcurrentHashMap<Object, Window> windows = new ConcurrentHashMap<>();

    RequestWindows(int limit, Duration length, Clock clock) {
        this.limit = limit;
        this.length = length;
        this.clock = clock;
    }

    /** Counts a request; empty when it is within the limit, else the seconds until the window ends. */
    OptionalLong count(Object key) {
        Instant now = clock.instant();
        purgeWhenLarge(now);
        Window window = windows.compute(key, (k, current) -> current == null || ended(current, now)
                ? new Window(now, 1) : new Window(current.start(), Math.min(current.count(), limit) + 1));
        return window.count() > limit ? OptionalLong.of(secondsLeft(window, now)) : OptionalLong.empty();
    }

    /** Without counting: the seconds until the window ends when the key already reached the limit, else empty. */
    OptionalLong blocked(Object key) {
        Instant now = clock.instant();
        Window window = windows.get(key);
        return window != null && !ended(window, now) && window.count() >= limit
                ? OptionalLong.of(secondsLeft(window, now)) : OptionalLong.empty();
    }

    private boolean ended(Window window, Instant now) {
        return !window.start().plus(length).isAfter(now);
    }

    private long secondsLeft(Window window, Instant now) {
        long millis = Duration.between(now, window.start().plus(length)).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }

    private void purgeWhenLarge(Instant now) {
        if (windows.size() > PURGE_ABOVE) {
            windows.values().removeIf(window -> ended(window, now));
        }
    }
}
