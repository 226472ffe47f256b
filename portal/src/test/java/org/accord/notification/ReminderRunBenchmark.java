package org.accord.notification;

import java.lang.management.ManagementFactory;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Prints how long one reminder run over every due task of the database takes, how many reminders it gave, and how
 * much the live heap grew at most while it ran (sampled after forced full collections, so the run is slower than
 * on its own): the run reads {@link TaskReminders#BATCH_SIZE} tasks at a time, so the growth stays that of a
 * batch, not of all due tasks. Meant for the 200,000-task portfolio of
 * {@code LargePortfolioBenchmark} (run that first on the same database); figures, not assertions: not part of
 * {@code verify}; run it with {@code -Dtest=ReminderRunBenchmark}.
 */
@PortalTest
class ReminderRunBenchmark {

    @Autowired
    TaskReminders reminders;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void printsTheTimeAndHeapOfOneReminderRunOverAllDueTasks() throws InterruptedException {
        LocalDate until = LocalDate.now(ZoneOffset.UTC).plusDays(3);
        long due = jdbc.queryForObject("select count(*) from task where closed_at is null and due_date <= ?", Long.class,
                until);
        long alreadyGiven = jdbc.queryForObject("select count(*) from reminder_sent", Long.class);
        var heap = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = heap.getHeapMemoryUsage().getUsed();
        var peak = new AtomicLong(before);
        var sampler = Thread.ofVirtual().start(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                System.gc();
                peak.accumulateAndGet(heap.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(250);
                } catch (InterruptedException stopped) {
                    return;
                }
            }
        });

        long started = System.nanoTime();
        int given = reminders.run();
        long millis = (System.nanoTime() - started) / 1_000_000;
        sampler.interrupt();
        sampler.join();

        System.out.printf("%nReminder run: %d open tasks due by %s (%d reminders given before), %d reminders given"
                        + " in %d ms, in batches of %d; the live heap (after a full collection, every 250 ms) grew at"
                        + " most %d MB (from %d MB)%n", due, until, alreadyGiven, given, millis,
                TaskReminders.BATCH_SIZE, (peak.get() - before) / (1024 * 1024), before / (1024 * 1024));
        long again = System.nanoTime();
        int second = reminders.run();
        System.out.printf("A second run gave %d reminders in %d ms%n", second, (System.nanoTime() - again) / 1_000_000);
    }
}
