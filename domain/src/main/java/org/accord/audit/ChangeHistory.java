package org.accord.audit;

import java.sql.Types;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field-by-field history of the records people edit. Written inside the caller's transaction, so a
 * change and its history are saved together or not at all. Callers check who may read it.
 */
@Service
public class ChangeHistory {

    private static final String INSERT = "insert into change_history (subject_type, subject_id, field, old_value,"
            + " new_value, changed_by, changed_at, visible_to_party_id) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int[] TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP, Types.BIGINT};

    private final ChangeEntryRepository entries;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ChangeHistory(ChangeEntryRepository entries, JdbcTemplate jdbc, ObjectProvider<Clock> clock) {
        this.entries = entries;
        this.jdbc = jdbc;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * Records the real changes among {@code changes}; {@code visibleToPartyId} limits them to one party, or null.
     * One batch of inserts, whatever the number of fields: a new initiative has a dozen.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, long subjectId, String changedBy, Collection<FieldChange> changes,
                       Long visibleToPartyId) {
        var now = clock.instant();
        List<Object[]> rows = changes.stream().filter(FieldChange::isChange)
                .map(change -> new ChangeEntry(subjectType, subjectId, change, changedBy, now, visibleToPartyId))
                .map(ChangeEntry::columns).toList();
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(INSERT, rows, TYPES);
        }
    }

    /** Newest first: the changes of one subject that a user of {@code viewerPartyId} may see. */
    @Transactional(readOnly = true)
    public List<HistoryLine> of(String subjectType, long subjectId, long viewerPartyId) {
        return entries.findVisible(subjectType, subjectId, viewerPartyId).stream().map(ChangeEntry::toLine).toList();
    }
}
