package org.accord.initiative;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.accord.audit.ChangeHistory;
import org.accord.audit.FieldChange;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.RolesRevoked;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When a person loses the oversight lead role, their open lead periods end then, by the administrator who took
 * the role away, in the same transaction; each initiative's history says its lead is gone.
 */
@Component
class OversightEndsWithTheRole {

    private final OversightAssignmentRepository assignments;
    private final InitiativeRepository initiatives;
    private final ReferenceData referenceData;
    private final Directory directory;
    private final ChangeHistory history;
    private final Clock clock;

    OversightEndsWithTheRole(OversightAssignmentRepository assignments, InitiativeRepository initiatives,
                             ReferenceData referenceData, Directory directory, ChangeHistory history,
                             ObjectProvider<Clock> clock) {
        this.assignments = assignments;
        this.initiatives = initiatives;
        this.referenceData = referenceData;
        this.directory = directory;
        this.history = history;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @EventListener
    void on(RolesRevoked revoked) {
        if (!revoked.roles().contains(Role.OVERSIGHT_LEAD)) {
            return;
        }
        List<OversightAssignment> open = assignments.findCurrentOf(revoked.userId());
        if (open.isEmpty()) {
            return;
        }
        String leadName = directory.find(revoked.userId()).map(PersonRef::displayName).orElse(revoked.username());
        Map<Long, String> partyCodes = referenceData.parties().stream()
                .collect(Collectors.toMap(Party::getId, Party::getCode));
        var now = clock.instant();
        for (OversightAssignment assignment : open) {
            long initiativeId = assignment.getInitiative().getId();
            initiatives.bumpVersion(initiativeId);
            assignment.end(now, revoked.revokedBy());
            history.record(InitiativePortfolio.SUBJECT, initiativeId, revoked.revokedBy(),
                    List.of(FieldChange.of("lead." + partyCodes.get(assignment.getPartyId()), leadName, null)), null);
        }
    }
}
