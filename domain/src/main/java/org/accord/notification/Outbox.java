package org.accord.notification;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails the portal queued for people of the administrator's own party: what was sent, what waits, what is
 * held without SMTP. The other party's mail, internal work included, stays with that party's administrators.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('ADMIN')")
public class Outbox {

    private final MailMessageRepository mails;
    private final MailTransport transport;
    private final SignedInPerson me;

    Outbox(MailMessageRepository mails, MailTransport transport, SignedInPerson me) {
        this.mails = mails;
        this.transport = transport;
        this.me = me;
    }

    /** Newest first; all statuses when {@code statusOrNull} is null. */
    public List<OutboxMail> page(MailStatus statusOrNull, Pageable pageable) {
        return mails.findPage(statusOrNull, me.partyId(), pageable).stream().map(MailMessage::view).toList();
    }

    public int count(MailStatus statusOrNull) {
        return Math.toIntExact(mails.countByStatusOrAll(statusOrNull, me.partyId()));
    }

    /**
     * Sends the held e-mails of the administrator's party after all, once an SMTP server is configured: they become pending for the dispatcher.
     * Returns how many; none without an SMTP server.
     */
    @Transactional
    public int releaseHeld() {
        return transport.configured() ? mails.releaseHeld(me.partyId()) : 0;
    }

    /** Whether an SMTP server is configured (spring.mail.host); without one e-mails are held here. */
    public boolean smtpConfigured() {
        return transport.configured();
    }
}
