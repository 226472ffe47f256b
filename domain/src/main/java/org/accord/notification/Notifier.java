package org.accord.notification;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Tells people, in the caller's transaction: an in-app notification each, and an e-mail to those who chose that
 * kind and not the daily digest. Disabled accounts are skipped.
 */
@Component
class Notifier {

    private final NotificationRepository notifications;
    private final NotificationPreferenceRepository preferences;
    private final RecipientRepository people;
    private final MailTexts texts;
    private final MailQueue mails;
    private final Clock clock;

    @Autowired
    Notifier(NotificationRepository notifications, NotificationPreferenceRepository preferences,
             RecipientRepository people, MailTexts texts, MailQueue mails, ObjectProvider<Clock> clock) {
        this(notifications, preferences, people, texts, mails, clock.getIfAvailable(Clock::systemUTC));
    }

    Notifier(NotificationRepository notifications, NotificationPreferenceRepository preferences,
             RecipientRepository people, MailTexts texts, MailQueue mails, Clock clock) {
        this.notifications = notifications;
        this.preferences = preferences;
        this.people = people;
        this.texts = texts;
        this.mails = mails;
        this.clock = clock;
    }

    Optional<Recipient> person(String username) {
        return username == null ? Optional.empty() : people.findByUsername(username);
    }

    Map<Long, Recipient> people(Collection<Long> ids) {
        return people.findByIdIn(ids).stream().collect(Collectors.toMap(Recipient::getId, Function.identity()));
    }

    /** Notifies and mails everyone in {@code deliveries}: two reads for all of them, then the inserts. */
    void deliver(Collection<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        var ids = deliveries.stream().map(Delivery::recipientId).collect(Collectors.toSet());
        Map<Long, Recipient> recipients = people(ids);
        Map<Long, EmailChoices> choices = preferences.findByUserIdIn(ids).stream()
                .collect(Collectors.toMap(NotificationPreference::getUserId, NotificationPreference::choices));
        for (Delivery delivery : deliveries) {
            Recipient to = recipients.get(delivery.recipientId());
            if (to == null || !to.isEnabled()) {
                continue;
            }
            Notice notice = delivery.notice();
            notifications.save(new Notification(to.getId(), notice, clock.instant()));
            if (choices.getOrDefault(to.getId(), EmailChoices.DEFAULTS).wantsMailFor(notice.kind())) {
                boolean attached = delivery.attachedReportId() != null;
                mails.queue(to, notice.kind().name(), texts.single(to, notice, attached), delivery.dedupKey(),
                        delivery.attachedReportId());
            }
        }
    }
}
