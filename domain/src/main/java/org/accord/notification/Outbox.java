package org.accord.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Every e-mail the portal queued, for administrators: what was sent, what waits, what is held without SMTP. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class Outbox {

    private final MailMessageRepository mails;
    private final MailTransport transport;

    Outbox(MailMessageRepository mails, MailTransport transport) {
        this.mails = mails;
        this.transport = transport;
    }

    /** Newest first; all statuses when {@code statusOrNull} is null. */
    public List<OutboxMail> page(MailStatus statusOrNull, Pageable pageable) {
        return mails.findPage(statusOrNull, pageable).stream().map(MailMessage::view).toList();
    }

    public int count(MailStatus statusOrNull) {
        return Math.toIntExact(mails.countByStatusOrAll(statusOrNull));
    }

    /**
     * Sends the held e-mails after all, once an SMTP server is configured: they become pending for the dispatcher.
     * Returns how many; none without an SMTP server.
     */
    @Transactional
    public int releaseHeld() {
        return transport.configured() ? mails.releaseHeld() : 0;
    }

    /** Whether an SMTP server is configured (spring.mail.host); without one e-mails are held here. */
    public boolean smtpConfigured() {
        return transport.configured();
    }
}
