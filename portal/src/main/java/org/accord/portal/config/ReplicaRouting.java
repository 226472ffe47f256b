package org.accord.portal.config;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The primary database, except for reads marked {@link org.accord.shared.MayReadReplica}, which take a connection of
 * the read replica. When the replica does not give one, they read the primary, and the replica is left alone for
 * {@code pause} before it is asked again: a replica away slows no screen by more than one connection timeout.
 */
class ReplicaRouting extends DelegatingDataSource implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReplicaRouting.class);
    private static final ThreadLocal<Boolean> READING_REPLICA = new ThreadLocal<>();

    private final DataSource replica;
    private final Duration pause;
    private final Clock clock;
    private final AtomicLong fallbacks = new AtomicLong();
    private volatile Instant replicaAskedAgainAt = Instant.MIN;

    ReplicaRouting(DataSource primary, DataSource replica, Duration pause, Clock clock) {
        super(primary);
        this.replica = replica;
        this.pause = pause;
        this.clock = clock;
    }

    /** Runs {@code read} with the connections it opens taken from the replica. */
    static <T> T onReplica(Read<T> read) throws Throwable {
        if (Boolean.TRUE.equals(READING_REPLICA.get())) {
            return read.run();
        }
        READING_REPLICA.set(Boolean.TRUE);
        try {
            return read.run();
        } finally {
            READING_REPLICA.remove();
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (!Boolean.TRUE.equals(READING_REPLICA.get()) || clock.instant().isBefore(replicaAskedAgainAt)) {
            return super.getConnection();
        }
        try {
            return replica.getConnection();
        } catch (SQLException away) {
            replicaAskedAgainAt = clock.instant().plus(pause);
            fallbacks.incrementAndGet();
            log.warn("The read replica gave no connection ({}); reports, exports and the dashboard read the primary"
                    + " for the next {} s", away.getMessage(), pause.toSeconds());
            return super.getConnection();
        }
    }

    DataSource replica() {
        return replica;
    }

    /** Reads that asked for the replica and read the primary because it gave no connection. */
    long fallbacks() {
        return fallbacks.get();
    }

    /** Whether reads marked for the replica go to the primary for now, after the replica failed them. */
    boolean replicaPaused() {
        return clock.instant().isBefore(replicaAskedAgainAt);
    }

    @Override
    public void close() throws Exception {
        for (DataSource pool : new DataSource[] {getTargetDataSource(), replica}) {
            if (pool instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    @FunctionalInterface
    interface Read<T> {
        T run() throws Throwable;
    }
}
