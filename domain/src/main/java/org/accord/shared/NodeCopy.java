package org.accord.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * One copy per node of what many screens read and few change, instead of one read per screen: read again only when
 * one small statement (counts, sums of versions, highest ids) answers differently than at the last read, so that a
 * change saved on any node shows at the next read. A transaction that added rows and rolled back reads them away
 * again: its statement answered differently too. Callers share the copy and must not change it.
 */
public final class NodeCopy<T> {

    private final JdbcTemplate jdbc;
    private final String revision;
    private volatile Read<T> last;

    /** {@code revision}: one row of numbers that changes whenever what the copy holds changes. */
    public NodeCopy(JdbcTemplate jdbc, String revision) {
        this.jdbc = jdbc;
        this.revision = revision;
    }

    /** The copy as the database holds it now; {@code read} reads it when it changed since the last read. */
    public T current(Supplier<T> read) {
        List<Long> now = jdbc.queryForObject(revision, (rs, row) -> {
            List<Long> numbers = new ArrayList<>();
            for (int column = 1; column <= rs.getMetaData().getColumnCount(); column++) {
                numbers.add(rs.getLong(column));
            }
            return numbers;
        });
        Read<T> seen = last;
        if (seen != null && seen.revision().equals(now)) {
            return seen.value();
        }
        T fresh = read.get();
        last = new Read<>(now, fresh);
        return fresh;
    }

    private record Read<T>(List<Long> revision, T value) {
    }
}
