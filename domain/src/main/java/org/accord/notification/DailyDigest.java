package org.accord.notification;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One e-mail a day for the people who chose the daily digest, listing their notifications since their last one;
 * none when nothing is new. The dedup key {@code digest:<userId>:<date>} keeps it to one a day on any node.
 */
@Component
class DailyDigest {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigest.class);
    /** How far back the first digest of someone who just chose it looks. */
    private static final Duration FIRST_DIGEST = Duration.ofDays(1);

    private final NotificationPreferenceRepository preferences;
    private final NotificationRepository notifications;
    private final MailMessageRepository mails;
    private final InitiativeCodeRepository initiatives;
    private final RecipientRepository people;
    private final MailTexts texts;
    private final MailQueue queue;
    private final TransactionTemplate transactions;
    private final Clock clock;

    @Autowired
    DailyDigest(NotificationPreferenceRepository preferences, NotificationRepository notifications,
                MailMessageRepository mails, InitiativeCodeRepository initiatives, RecipientRepository people,
                MailTexts texts, MailQueue queue, PlatformTransactionManager transactionManager,
                ObjectProvider<Clock> clock) {
        this.preferences = preferences;
        this.notifications = notifications;
        this.mails = mails;
        this.initiatives = initiatives;
        this.people = people;
        this.texts = texts;
        this.queue = queue;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Queues today's digests not queued yet; returns how many. */
    int run() {
        int queued = 0;
        for (long userId : transactions.execute(status -> preferences.findDigestReaders())) {
            try {
                Boolean done = transactions.execute(status -> digest(userId));
                if (Boolean.TRUE.equals(done)) {
                    queued++;
                }
            } catch (DataIntegrityViolationException alreadyQueued) {
                LOG.debug("Digest for {} already queued by another node", userId);
            } catch (RuntimeException e) {
                LOG.warn("Digest for user {} not written, tried again at the next run", userId, e);
            }
        }
        return queued;
    }

    private boolean digest(long userId) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        String key = "digest:" + userId + ":" + today;
        var preference = preferences.findById(userId).orElse(null);
        var to = people.findById(userId).orElse(null);
        if (preference == null || !preference.choices().dailyDigest() || to == null || !to.isEnabled()
                || mails.existsByDedupKey(key)) {
            return false;
        }
        Instant since = Objects.requireNonNullElse(preference.getLastDigestAt(), now.minus(FIRST_DIGEST));
        List<Notification> news = notifications.findBetween(userId, since, now);
        if (news.isEmpty()) {
            return false;
        }
        Map<Long, String> codes = initiatives.findAllById(news.stream().map(Notification::getInitiativeId)
                        .filter(Objects::nonNull).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(InitiativeCode::getId, InitiativeCode::getCode));
        List<Notice> notices = news.stream().map(n -> n.notice(codes.get(n.getInitiativeId()))).toList();
        queue.queue(to, "DAILY_DIGEST", texts.digest(to, today, notices), key);
        preference.digestSent(now);
        return true;
    }
}
