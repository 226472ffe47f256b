package org.accord.audit;

import java.time.Duration;
import java.time.Instant;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockConfiguration;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Runs the audit retention daily under a lock in the {@code shedlock} table (taken with the database's clock),
 * so that with several nodes on one database one of them deletes. Off with {@code accord.audit.scheduling=false}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "accord.audit.scheduling", havingValue = "true", matchIfMissing = true)
@EnableScheduling
class AuditScheduling {

    static final String RETENTION = "accord-audit-retention";

    private final LockingTaskExecutor locks;
    private final AuditRetention retention;

    AuditScheduling(DataSource dataSource, AuditRetention retention) {
        this.locks = new DefaultLockingTaskExecutor(new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration
                .builder().withJdbcTemplate(new JdbcTemplate(dataSource)).usingDbTime().build()));
        this.retention = retention;
    }

    @Scheduled(cron = "${accord.audit.retention-cron:0 30 3 * * *}", zone = "UTC")
    void retain() {
        locks.executeWithLock((Runnable) retention::run,
                new LockConfiguration(Instant.now(), RETENTION, Duration.ofMinutes(30), Duration.ZERO));
    }
}
