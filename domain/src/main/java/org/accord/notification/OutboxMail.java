package org.accord.notification;

import java.time.Instant;

/** One e-mail as the administrators' outbox shows it. */
public record OutboxMail(long id, String toAddress, String language, String kind, String subject, String body,
                         MailStatus status, int attempts, String lastError, Instant createdAt, Instant sentAt) {
}
