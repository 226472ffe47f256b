package org.accord.notification;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Stores e-mails in the caller's transaction: pending for the dispatcher when an SMTP server is configured,
 * held for the outbox page when not.
 */
@Component
class MailQueue {

    private final MailMessageRepository mails;
    private final MailTransport transport;
    private final Clock clock;

    @Autowired
    MailQueue(MailMessageRepository mails, MailTransport transport, ObjectProvider<Clock> clock) {
        this(mails, transport, clock.getIfAvailable(Clock::systemUTC));
    }

    MailQueue(MailMessageRepository mails, MailTransport transport, Clock clock) {
        this.mails = mails;
        this.transport = transport;
        this.clock = clock;
    }

    MailMessage queue(Recipient to, String kind, RenderedMail mail, String dedupKeyOrNull) {
        return queue(to, kind, mail, dedupKeyOrNull, null);
    }

    /** With {@code attachedReportIdOrNull}, the dispatcher attaches that issued report's file when it sends. */
    MailMessage queue(Recipient to, String kind, RenderedMail mail, String dedupKeyOrNull,
                      Long attachedReportIdOrNull) {
        MailStatus status = transport.configured() ? MailStatus.PENDING : MailStatus.HELD;
        var message = new MailMessage(to.getId(), to.getEmail(), to.language(), kind, mail.subject(), mail.body(),
                dedupKeyOrNull, status, clock.instant());
        message.attachReport(attachedReportIdOrNull);
        return mails.save(message);
    }
}
