package org.accord.notification;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;

/**
 * A real SMTP server in the test JVM (GreenMail) on the port that application-test.properties gives
 * spring.mail.port (39025, or the system property {@code test.mail.port} so that two test runs can share a
 * machine); started once, on first use, and shared by every test class.
 */
final class TestMailServer {

    static final int PORT = Integer.getInteger("test.mail.port", 39025);
    private static GreenMail server;

    private TestMailServer() {
    }

    static synchronized GreenMail start() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
        }
        return server;
    }

    /** The e-mails received for {@code address} whose subject contains {@code text}. */
    static List<Received> to(String address, String text) {
        return Arrays.stream(start().getReceivedMessages())
                .map(Received::of)
                .filter(mail -> mail.to().equalsIgnoreCase(address) && mail.subject().contains(text))
                .toList();
    }

    /** An e-mail as the recipient reads it. */
    record Received(String to, String from, String subject, String body) {

        static Received of(MimeMessage message) {
            try {
                return new Received(message.getRecipients(Message.RecipientType.TO)[0].toString(),
                        message.getFrom()[0].toString(), message.getSubject(), message.getContent().toString());
            } catch (MessagingException | IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
