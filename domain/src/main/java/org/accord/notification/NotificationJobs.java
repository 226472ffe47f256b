package org.accord.notification;

import java.time.Duration;
import java.time.Instant;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;

/**
 * The scheduled work of one portal node, each job under a ShedLock database lock so that only one node runs it at
 * a time. The reminder and digest records make them idempotent even without the lock.
 */
class NotificationJobs {

    static final String REMINDERS = "accord-task-reminders";
    static final String DISPATCH = "accord-mail-dispatch";
    static final String DIGEST = "accord-daily-digest";
    static final String HOUSEKEEPING = "accord-notification-housekeeping";

    private final LockingTaskExecutor locks;
    private final TaskReminders reminders;
    private final MailDispatcher dispatcher;
    private final DailyDigest digest;
    private final Housekeeping housekeeping;

    NotificationJobs(LockProvider lockProvider, TaskReminders reminders, MailDispatcher dispatcher,
                     DailyDigest digest, Housekeeping housekeeping) {
        this.locks = new DefaultLockingTaskExecutor(lockProvider);
        this.reminders = reminders;
        this.dispatcher = dispatcher;
        this.digest = digest;
        this.housekeeping = housekeeping;
    }

    void remind() {
        locks.executeWithLock((Runnable) reminders::run, lock(REMINDERS, Duration.ofMinutes(30)));
    }

    void dispatch() {
        locks.executeWithLock((Runnable) dispatcher::dispatch, lock(DISPATCH, Duration.ofMinutes(15)));
    }

    void digest() {
        locks.executeWithLock((Runnable) digest::run, lock(DIGEST, Duration.ofMinutes(30)));
        locks.executeWithLock((Runnable) housekeeping::run, lock(HOUSEKEEPING, Duration.ofMinutes(30)));
    }

    /** Held at most {@code atMost} if a node dies while running; released as soon as the job ends. */
    private static LockConfiguration lock(String name, Duration atMost) {
        return new LockConfiguration(Instant.now(), name, atMost, Duration.ZERO);
    }
}
