package org.accord.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** One e-mail, rendered when it was queued, and where it stands: pending (with retries), sent or held. */
@Entity
@Table(name = "mail_message")
class MailMessage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", updatable = false)
    private Long recipientId;

    @Column(name = "to_address", nullable = false, length = 254, updatable = false)
    private String toAddress;

    @Column(nullable = false, length = 5, updatable = false)
    private String language;

    @Column(nullable = false, length = 30, updatable = false)
    private String kind;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false, columnDefinition = "TEXT")
    private String body;

    @Column(name = "dedup_key", length = 150, updatable = false)
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MailStatus status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "issued_report_id", updatable = false)
    private Long issuedReportId;

    protected MailMessage() {
    }

    MailMessage(Long recipientId, String toAddress, String language, String kind, String subject, String body,
                String dedupKey, MailStatus status, Instant now) {
        this.recipientId = recipientId;
        this.toAddress = toAddress;
        this.language = language;
        this.kind = kind;
        this.subject = Texts.cut(subject, 300);
        this.body = body;
        this.dedupKey = dedupKey;
        this.status = status;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    OutboxMail view() {
        return new OutboxMail(id, toAddress, language, kind, subject, body, status, attempts, lastError, createdAt,
                sentAt);
    }

    void attachReport(Long issuedReportIdOrNull) {
        this.issuedReportId = issuedReportIdOrNull;
    }

    void sent(Instant at) {
        status = MailStatus.SENT;
        sentAt = at;
        attempts++;
        claimedUntil = null;
        lastError = null;
    }

    void failed(String error, Duration retryAfter, Instant now) {
        attempts++;
        lastError = Texts.cut(error, 1000);
        nextAttemptAt = now.plus(retryAfter);
        claimedUntil = null;
    }

    void hold() {
        status = MailStatus.HELD;
        claimedUntil = null;
    }

    Long getId() {
        return id;
    }

    String getToAddress() {
        return toAddress;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    Long getIssuedReportId() {
        return issuedReportId;
    }

    MailStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }
}
