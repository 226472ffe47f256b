package org.accord.notification;

import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs reminders, e-mail dispatch and the daily digest (then the housekeeping) on a schedule, each under a lock in the {@code shedlock}
 * table taken with the database's clock, so that with several nodes on one database one runs each job at a time.
 * Off with {@code accord.notifications.scheduling=false} (the tests run the jobs themselves).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "accord.notifications.scheduling", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class NotificationScheduling {

    private final NotificationJobs jobs;

    NotificationScheduling(DataSource dataSource, TaskReminders reminders, MailDispatcher dispatcher,
                           DailyDigest digest, Housekeeping housekeeping) {
        this.jobs = new NotificationJobs(lockProvider(dataSource), reminders, dispatcher, digest, housekeeping);
    }

    /** The lock in the {@code shedlock} table, held in the name of this host. */
    static LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(lockSettings(dataSource).build());
    }

    /** The same lock held in the name of {@code nodeName}, as another node would take it. */
    static LockProvider lockProvider(DataSource dataSource, String nodeName) {
        return new JdbcTemplateLockProvider(lockSettings(dataSource).withLockedByValue(nodeName).build());
    }

    private static JdbcTemplateLockProvider.Configuration.Builder lockSettings(DataSource dataSource) {
        return JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime();
    }

    @Scheduled(cron = "${accord.notifications.reminders-cron:0 0 * * * *}", zone = "UTC")
    void reminders() {
        jobs.remind();
    }

    @Scheduled(fixedDelayString = "${accord.mail.dispatch-delay:30s}",
            initialDelayString = "${accord.mail.dispatch-delay:30s}")
    void dispatch() {
        jobs.dispatch();
    }

    @Scheduled(cron = "${accord.notifications.digest-cron:0 0 7 * * *}", zone = "UTC")
    void digest() {
        jobs.digest();
    }
}
