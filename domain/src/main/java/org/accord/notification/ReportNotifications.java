package org.accord.notification;

import java.util.List;
import java.util.Objects;
import org.accord.people.Role;
import org.accord.report.ReportIssued;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells the executives of both parties that a report was issued, in the transaction that issued it, each in their
 * own language. With {@code accord.reports.mail-attachment} the e-mail carries the issued file (the dispatcher
 * attaches it when sending); without, it links to the reports page.
 */
@Component
class ReportNotifications {

    private final Notifier notifier;
    private final RecipientRepository people;
    private final boolean attachFile;

    ReportNotifications(Notifier notifier, RecipientRepository people,
                        @Value("${accord.reports.mail-attachment:false}") boolean attachFile) {
        this.notifier = notifier;
        this.people = people;
        this.attachFile = attachFile;
    }

    @EventListener
    void issued(ReportIssued event) {
        var issuer = notifier.person(event.issuedBy());
        Long issuerId = issuer.map(Recipient::getId).orElse(null);
        String issuerName = issuer.map(Recipient::getDisplayName).orElse(event.issuedBy());
        var notice = new Notice(NotificationKind.REPORT_ISSUED, null, null, null, event.identifier(),
                event.periodLabel(), issuerName, null, null, event.periodLabel(), Notice.REPORTS_PATH);
        Long attached = attachFile ? event.issuedReportId() : null;
        List<Delivery> deliveries = people.findEnabledIdsWithRole(Role.EXECUTIVE.name()).stream()
                .filter(id -> !Objects.equals(id, issuerId))
                .map(id -> new Delivery(id, notice, "report:" + event.issuedReportId() + ":" + id, attached))
                .toList();
        notifier.deliver(deliveries);
    }
}
