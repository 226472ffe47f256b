package org.accord.notification;

import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * The SMTP connection when one is configured: Spring Boot creates the {@link JavaMailSender} only when
 * {@code spring.mail.host} is set. Without it, e-mails are held for the outbox page.
 */
@Component
class MailTransport {

    private final JavaMailSender sender;

    @Autowired
    MailTransport(ObjectProvider<JavaMailSender> sender) {
        this(sender.getIfAvailable());
    }

    /** A transport over the given sender, or none when {@code senderOrNull} is null. */
    MailTransport(JavaMailSender senderOrNull) {
        this.sender = senderOrNull;
    }

    boolean configured() {
        return sender != null;
    }

    Optional<JavaMailSender> sender() {
        return Optional.ofNullable(sender);
    }
}
