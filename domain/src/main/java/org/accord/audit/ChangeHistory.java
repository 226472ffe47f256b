package org.accord.audit;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The field-by-field history of the records people edit. Written inside the caller's transaction, so a
 * change and its history are saved together or not at all. Callers check who may read it.
 */
@Service
public class ChangeHistory {

    private final ChangeEntryRepository entries;
    private final Clock clock;

    ChangeHistory(ChangeEntryRepository entries, ObjectProvider<Clock> clock) {
        this.entries = entries;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Records the real changes among {@code changes}; {@code visibleToPartyId} limits them to one party, or null. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String subjectType, long subjectId, String changedBy, Collection<FieldChange> changes,
                       Long visibleToPartyId) {
        var now = clock.instant();
        entries.saveAll(changes.stream().filter(FieldChange::isChange)
                .map(change -> new ChangeEntry(subjectType, subjectId, change, changedBy, now, visibleToPartyId))
                .toList());
    }

    /** Newest first: the changes of one subject that a user of {@code viewerPartyId} may see. */
    @Transactional(readOnly = true)
    public List<HistoryLine> of(String subjectType, long subjectId, long viewerPartyId) {
        return entries.findVisible(subjectType, subjectId, viewerPartyId).stream().map(ChangeEntry::toLine).toList();
    }
}
