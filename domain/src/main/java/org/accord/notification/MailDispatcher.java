package org.accord.notification;

import jakarta.mail.MessagingException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.accord.report.IssuedFile;
import org.accord.report.IssuedReportFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.data.domain.Limit;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the pending e-mails whose time has come, in batches. Each one is first claimed with a conditional update,
 * so that two nodes never send the same e-mail; a failed send is retried later (1, 5, 15, 60 minutes, then
 * hourly) and never dropped. Without an SMTP server, pending e-mails are held for the outbox page instead.
 */
@Component
class MailDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(MailDispatcher.class);
    private static final List<Duration> BACKOFF = List.of(Duration.ofMinutes(1), Duration.ofMinutes(5),
            Duration.ofMinutes(15), Duration.ofMinutes(60));
    /** How long a node may take to send a claimed e-mail before another node may try it. */
    private static final Duration CLAIM = Duration.ofMinutes(10);
    private static final int MAX_BATCHES_PER_RUN = 100;

    private final MailMessageRepository mails;
    private final MailTransport transport;
    private final IssuedReportFiles reportFiles;
    private final TransactionTemplate transactions;
    private final String from;
    private final int batchSize;
    private final Clock clock;

    @Autowired
    MailDispatcher(MailMessageRepository mails, MailTransport transport, IssuedReportFiles reportFiles,
                   PlatformTransactionManager transactionManager,
                   @Value("${accord.mail.from:accord@localhost}") String from,
                   @Value("${accord.mail.batch-size:50}") int batchSize, ObjectProvider<Clock> clock) {
        this(mails, transport, reportFiles, transactionManager, from, batchSize,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** A dispatcher that sends no attachments, for tests of sending and retrying. */
    MailDispatcher(MailMessageRepository mails, MailTransport transport, PlatformTransactionManager transactionManager,
                   String from, int batchSize, Clock clock) {
        this(mails, transport, null, transactionManager, from, batchSize, clock);
    }

    MailDispatcher(MailMessageRepository mails, MailTransport transport, IssuedReportFiles reportFilesOrNull,
                   PlatformTransactionManager transactionManager, String from, int batchSize, Clock clock) {
        this.mails = mails;
        this.transport = transport;
        this.reportFiles = reportFilesOrNull;
        this.transactions = new TransactionTemplate(transactionManager);
        this.from = from;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /** Sends what is due now; returns how many e-mails went out. */
    int dispatch() {
        if (transport.sender().isEmpty()) {
            holdPending();
            return 0;
        }
        JavaMailSender sender = transport.sender().get();
        int sent = 0;
        for (int batch = 0; batch < MAX_BATCHES_PER_RUN; batch++) {
            Instant now = clock.instant();
            List<Long> due = transactions.execute(status -> mails.findDue(now, Limit.of(batchSize)));
            if (due == null || due.isEmpty()) {
                break;
            }
            for (long id : due) {
                if (claim(id) && send(sender, id)) {
                    sent++;
                }
            }
        }
        return sent;
    }

    static Duration retryAfter(int attempts) {
        return BACKOFF.get(Math.min(Math.max(attempts, 1), BACKOFF.size()) - 1);
    }

    private boolean claim(long id) {
        Instant now = clock.instant();
        Integer claimed = transactions.execute(status -> mails.claim(id, now, now.plus(CLAIM)));
        return claimed != null && claimed == 1;
    }

    private boolean send(JavaMailSender sender, long id) {
        MailMessage mail = transactions.execute(status -> mails.findById(id).orElseThrow());
        try {
            var message = sender.createMimeMessage();
            Optional<IssuedFile> attachment = attachment(mail);
            var helper = new MimeMessageHelper(message, attachment.isPresent(), StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(mail.getToAddress());
            helper.setSubject(mail.getSubject());
            helper.setText(mail.getBody(), false);
            if (attachment.isPresent()) {
                IssuedFile file = attachment.get();
                helper.addAttachment(file.fileName(), new ByteArrayResource(file.content()), file.contentType());
            }
            sender.send(message);
            record(id, m -> m.sent(clock.instant()));
            return true;
        } catch (MailException | MessagingException e) {
            LOG.warn("E-mail {} to {} not sent, will retry: {}", id, mail.getToAddress(), e.getMessage());
            record(id, m -> m.failed(String.valueOf(e.getMessage()), retryAfter(m.getAttempts() + 1),
                    clock.instant()));
            return false;
        }
    }

    private Optional<IssuedFile> attachment(MailMessage mail) {
        if (mail.getIssuedReportId() == null || reportFiles == null) {
            return Optional.empty();
        }
        return reportFiles.attachment(mail.getIssuedReportId());
    }

    private void record(long id, Consumer<MailMessage> outcome) {
        transactions.executeWithoutResult(status -> outcome.accept(mails.findById(id).orElseThrow()));
    }

    private void holdPending() {
        transactions.executeWithoutResult(status -> mails.holdAllPending());
    }
}
