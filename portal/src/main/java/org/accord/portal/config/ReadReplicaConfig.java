package org.accord.portal.config;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import org.accord.shared.MayReadReplica;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.ComposablePointcut;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.core.env.Environment;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A read replica (operations.md "Read replica"), when {@code accord.datasource.read.url} names one: the portal's
 * data source is then the primary's pool ({@code spring.datasource.*}) and a read-only pool on the replica, which
 * the reads marked {@link MayReadReplica} use. Without that setting none of this exists and everything reads the
 * primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "accord.datasource.read", name = "url")
class ReadReplicaConfig {

    private static final String READ = "accord.datasource.read";

    @Bean
    @Primary
    ReplicaRouting dataSource(DataSourceProperties primarySettings, Environment environment) {
        Binder binder = Binder.get(environment);
        HikariDataSource primary = primarySettings.initializeDataSourceBuilder().type(HikariDataSource.class).build();
        binder.bind("spring.datasource.hikari", Bindable.ofInstance(primary));
        primary.setPoolName("primary");

        HikariDataSource replica = new HikariDataSource();
        primary.copyStateTo(replica);
        replica.setPoolName("replica");
        replica.setJdbcUrl(environment.getRequiredProperty(READ + ".url"));
        if (environment.containsProperty(READ + ".username")) {
            replica.setUsername(environment.getProperty(READ + ".username"));
            replica.setPassword(environment.getProperty(READ + ".password", ""));
        }
        replica.setReadOnly(true);
        binder.bind(READ + ".hikari", Bindable.ofInstance(replica));

        Duration pause = binder.bind(READ + ".pause-after-failure", Duration.class).orElse(Duration.ofSeconds(30));
        return new ReplicaRouting(primary, replica, pause, Clock.systemUTC());
    }

    /** Marked reads run on the replica, unless a transaction is under way: then they read what it reads. */
    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor replicaReads() {
        var marked = new ComposablePointcut(new AnnotationMatchingPointcut(MayReadReplica.class, true))
                .union(AnnotationMatchingPointcut.forMethodAnnotation(MayReadReplica.class));
        MethodInterceptor onReplica = invocation -> TransactionSynchronizationManager.isActualTransactionActive()
                ? invocation.proceed() : ReplicaRouting.onReplica(invocation::proceed);
        var advisor = new DefaultPointcutAdvisor(marked, onReplica);
        // Inside the access checks, outside the transaction, whose connection is taken when it begins.
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }

    /** Health component readReplica; not part of readiness, since the portal reads the primary without it. */
    @Bean
    HealthIndicator readReplicaHealthIndicator(ReplicaRouting routing) {
        return () -> {
            Health.Builder health;
            try (Connection connection = routing.replica().getConnection()) {
                health = connection.isValid(2) ? Health.up() : Health.down();
                health.withDetail("database", connection.getMetaData().getDatabaseProductName());
            } catch (SQLException away) {
                health = Health.down(away);
            }
            return health.withDetail("readsOnPrimaryForNow", routing.replicaPaused())
                    .withDetail("fallbacks", routing.fallbacks()).build();
        };
    }

    /** The replica pool's metrics (hikaricp.*, pool "replica") and accord.datasource.replica.fallbacks. */
    @Bean
    MeterBinder replicaMetrics(ReplicaRouting routing) {
        return registry -> {
            if (routing.replica() instanceof HikariDataSource pool) {
                pool.setMetricsTrackerFactory(new MicrometerMetricsTrackerFactory(registry));
            }
            FunctionCounter.builder("accord.datasource.replica.fallbacks", routing, ReplicaRouting::fallbacks)
                    .description("Reads meant for the read replica that read the primary because it gave no connection")
                    .register(registry);
        };
    }
}
