package org.accord.notification;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.accord.milestone.MilestoneMissed;
import org.accord.milestone.MilestoneSlipped;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells an initiative's current oversight leads, of both parties, when one of its milestones slips or is missed,
 * in the transaction that recorded it. The lead who recorded it is not told.
 */
@Component
class MilestoneNotifications {

    private final Notifier notifier;
    private final MilestoneHeadingRepository milestones;
    private final InitiativeCodeRepository initiatives;
    private final InitiativeLeadRepository leads;

    MilestoneNotifications(Notifier notifier, MilestoneHeadingRepository milestones,
                           InitiativeCodeRepository initiatives, InitiativeLeadRepository leads) {
        this.notifier = notifier;
        this.milestones = milestones;
        this.initiatives = initiatives;
        this.leads = leads;
    }

    @EventListener
    void slipped(MilestoneSlipped event) {
        tellLeads(NotificationKind.MILESTONE_SLIPPED, event.milestoneId(), event.initiativeId(), event.expectedDate(),
                Long.toString(event.slippageDays()));
    }

    @EventListener
    void missed(MilestoneMissed event) {
        tellLeads(NotificationKind.MILESTONE_MISSED, event.milestoneId(), event.initiativeId(), null, null);
    }

    private void tellLeads(NotificationKind kind, long milestoneId, long initiativeId, LocalDate date, String extra) {
        var milestone = milestones.findById(milestoneId).orElseThrow();
        String code = initiatives.findById(initiativeId).map(InitiativeCode::getCode).orElse("");
        var actor = notifier.person(signedInUsername());
        Long actorId = actor.map(Recipient::getId).orElse(null);
        String actorName = actor.map(Recipient::getDisplayName).orElse(null);
        Map<Long, Recipient> people = notifier.people(leads.findCurrentLeads(initiativeId));
        var deliveries = people.values().stream()
                .filter(lead -> !Objects.equals(lead.getId(), actorId))
                .map(lead -> new Delivery(lead.getId(), new Notice(kind, null, milestoneId, initiativeId,
                        milestone.title(lead.language()), date == null ? code : date.toString(), actorName, code,
                        date, extra, Notice.initiativePath(initiativeId))))
                .toList();
        notifier.deliver(deliveries);
    }

    private static String signedInUsername() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }
}
