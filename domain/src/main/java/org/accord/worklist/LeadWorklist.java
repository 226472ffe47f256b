package org.accord.worklist;

import java.time.Clock;
import java.time.LocalDate;
import org.accord.people.Directory;
import org.accord.people.PersonRef;
import org.accord.people.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home page of an oversight lead (issue 11): what they lead now and what is waiting for them. Rights follow the
 * current role and the current lead assignments, read afresh on every call.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('OVERSIGHT_LEAD')")
public class LeadWorklist {

    public static final int DUE_WITHIN_DAYS = 30;
    public static final int CAP = 50;

    private final Directory directory;
    private final WorklistReads reads;
    private final Clock clock;

    LeadWorklist(Directory directory, WorklistReads reads, ObjectProvider<Clock> clock) {
        this.directory = directory;
        this.reads = reads;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public Worklist mine() {
        PersonRef me = directory.me();
        if (!me.enabled() || !me.has(Role.OVERSIGHT_LEAD)) {
            throw new AccessDeniedException("Only oversight leads have a worklist");
        }
        LocalDate today = LocalDate.now(clock);
        return new Worklist(today, reads.initiatives(me.id()),
                reads.dueMilestones(me.id(), today, today.plusDays(DUE_WITHIN_DAYS), CAP),
                reads.updatesToWrite(me.id(), CAP),
                reads.overdueTasks(me.username(), me.partyId(), today, CAP));
    }
}
