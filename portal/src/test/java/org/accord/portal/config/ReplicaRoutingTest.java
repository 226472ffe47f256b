package org.accord.portal.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import javax.sql.DataSource;
import org.accord.shared.MayReadReplica;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/** Which database a read takes its connection from, with and without a replica that answers. */
class ReplicaRoutingTest {

    private final SingleConnectionDataSource primary = database("routing-primary");
    private final SingleConnectionDataSource replica = database("routing-replica");
    private final MovableClock clock = new MovableClock();

    @AfterEach
    void dropTheDatabases() {
        primary.destroy();
        replica.destroy();
    }

    @Test
    void aMarkedReadTakesTheReplicaAndEverythingElseThePrimary() {
        var routing = new ReplicaRouting(primary, replica, Duration.ofSeconds(30), clock);
        Reads reads = proxied(new DatabaseNames(routing));

        assertThat(reads.unmarked()).isEqualTo("routing-primary");
        assertThat(reads.marked()).isEqualTo("routing-replica");
        assertThat(reads.unmarked()).as("nothing left behind on the thread").isEqualTo("routing-primary");
    }

    @Test
    void aMarkedReadInsideATransactionReadsThroughTheTransactionsConnection() {
        var routing = new ReplicaRouting(primary, replica, Duration.ofSeconds(30), clock);
        Reads reads = proxied(new DatabaseNames(routing));
        var transaction = new TransactionTemplate(new DataSourceTransactionManager(routing));

        String read = transaction.execute(status -> reads.marked());
        assertThat(read).isEqualTo("routing-primary");
    }

    @Test
    void aReplicaThatGivesNoConnectionIsLeftAloneForThePauseWhileThePrimaryServes() {
        var away = new DriverManagerDataSource("jdbc:h2:tcp://127.0.0.1:1/mem:nowhere", "sa", "");
        var routing = new ReplicaRouting(primary, away, Duration.ofSeconds(30), clock);
        Reads reads = proxied(new DatabaseNames(routing));

        assertThat(reads.marked()).isEqualTo("routing-primary");
        assertThat(routing.fallbacks()).isEqualTo(1);
        assertThat(routing.replicaPaused()).isTrue();

        clock.advance(Duration.ofSeconds(10));
        assertThat(reads.marked()).isEqualTo("routing-primary");
        assertThat(routing.fallbacks()).as("not asked again during the pause").isEqualTo(1);

        clock.advance(Duration.ofSeconds(21));
        assertThat(routing.replicaPaused()).isFalse();
        assertThat(reads.marked()).isEqualTo("routing-primary");
        assertThat(routing.fallbacks()).as("asked again after it").isEqualTo(2);
    }

    @Test
    void theReplicasConnectionsAreClosedWithIt() throws Exception {
        var pool = new TrackedDataSource(replica);
        var routing = new ReplicaRouting(primary, pool, Duration.ofSeconds(30), clock);
        routing.close();
        assertThat(pool.closed).isTrue();
    }

    private static Reads proxied(Reads target) {
        var factory = new ProxyFactory(target);
        factory.addAdvisor(ReadReplicaConfig.replicaReads());
        return (Reads) factory.getProxy();
    }

    private static SingleConnectionDataSource database(String name) {
        return new SingleConnectionDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "", true);
    }

    interface Reads {
        String marked();

        String unmarked();
    }

    /** Reads the name of the database it is connected to, as a repository's query would. */
    static class DatabaseNames implements Reads {

        private final JdbcTemplate jdbc;

        DatabaseNames(DataSource dataSource) {
            this.jdbc = new JdbcTemplate(dataSource);
        }

        @Override
        @MayReadReplica
        public String marked() {
            return name();
        }

        @Override
        public String unmarked() {
            return name();
        }

        private String name() {
            return jdbc.queryForObject("SELECT DATABASE()", String.class).toLowerCase();
        }
    }

    static class TrackedDataSource extends DelegatingDataSource implements AutoCloseable {

        boolean closed;

        TrackedDataSource(DataSource target) {
            super(target);
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    static class MovableClock extends Clock {

        private final AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-12-03T12:00:00Z"));

        void advance(Duration duration) {
            now.updateAndGet(instant -> instant.plus(duration));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
