package org.accord.portal.ui;

import java.time.Duration;

/**
 * When a figure the shell shows after every navigation (the open tasks, the unread notifications) was last read
 * for one UI: it is read again only once it is older than {@code accord.ui.shell-counts-refresh}, so that a user
 * going from list to list does not pay for both counts at each step. What the user changes is shown at once.
 */
public final class RecentRead {

    private final long maxAgeNanos;
    private long readAt;
    private boolean read;

    public RecentRead(Duration maxAge) {
        this.maxAgeNanos = maxAge.toNanos();
    }

    public boolean isStale() {
        return !read || System.nanoTime() - readAt >= maxAgeNanos;
    }

    public void read() {
        read = true;
        readAt = System.nanoTime();
    }
}
