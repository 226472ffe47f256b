package org.accord.audit;

import java.sql.Types;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The field-by-field history of the records people edit. Written inside the caller's transaction, as it commits,
 * so a change and its history are saved together or not at all. Callers check who may read it.
 */
@Service
public class ChangeHistory {

    private static final String INSERT = "insert into change_history (subject_type, subject_id, field, old_value,"
            + " new_value, changed_by, changed_at, visible_to_party_id) values (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int[] TYPES = {Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.TIMESTAMP, Types.BIGINT};
    private static final int LINES_PER_BATCH = 1000;

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
     * Written just before the transaction commits, all of its changes in one batch: an import of thousands of
     * initiatives writes its dozens of thousands of lines at once instead of a statement for each one.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, long subjectId, String changedBy, Collection<FieldChange> changes,
                       Long visibleToPartyId) {
        var now = clock.instant();
        List<Object[]> rows = changes.stream().filter(FieldChange::isChange)
                .map(change -> new ChangeEntry(subjectType, subjectId, change, changedBy, now, visibleToPartyId))
                .map(ChangeEntry::columns).toList();
        if (rows.isEmpty()) {
            return;
        }
        PendingLines pending = TransactionSynchronizationManager.isSynchronizationActive()
                ? pendingOfThisTransaction() : null;
        if (pending != null && !pending.written) {
            pending.rows.addAll(rows);
        } else {
            write(rows);
        }
    }

    private PendingLines pendingOfThisTransaction() {
        // Only the current transaction's synchronizations are listed: one that REQUIRES_NEW writes its own.
        for (TransactionSynchronization synchronization : TransactionSynchronizationManager.getSynchronizations()) {
            if (synchronization instanceof PendingLines pending && pending.history == this) {
                return pending;
            }
        }
        var pending = new PendingLines(this);
        TransactionSynchronizationManager.registerSynchronization(pending);
        return pending;
    }

    private void write(List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += LINES_PER_BATCH) {
            jdbc.batchUpdate(INSERT, rows.subList(from, Math.min(rows.size(), from + LINES_PER_BATCH)), TYPES);
        }
    }

    private static final class PendingLines implements TransactionSynchronization {

        final ChangeHistory history;
        final List<Object[]> rows = new ArrayList<>();
        /** Once written, lines recorded later (by something else as the transaction commits) go at once. */
        boolean written;

        PendingLines(ChangeHistory history) {
            this.history = history;
        }

        @Override
        public void beforeCommit(boolean readOnly) {
            written = true;
            history.write(rows);
        }
    }

    /** Newest first: the changes of one subject that a user of {@code viewerPartyId} may see. */
    @Transactional(readOnly = true)
    public List<HistoryLine> of(String subjectType, long subjectId, long viewerPartyId) {
        return entries.findVisible(subjectType, subjectId, viewerPartyId).stream().map(ChangeEntry::toLine).toList();
    }
}
