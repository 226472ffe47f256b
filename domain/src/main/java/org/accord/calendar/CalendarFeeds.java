package org.accord.calendar;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.accord.people.Directory;
import org.accord.task.DueTask;
import org.accord.task.TaskReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Personal secret calendar links: each person may have one, listing their open tasks and the milestones of
 * their initiatives. The token is shown once when created; only its hash is stored, so a leaked database does
 * not leak the links. Replacing or revoking the link makes the old one answer "not found".
 */
@Service
@Transactional(readOnly = true)
public class CalendarFeeds {

    private static final Logger log = LoggerFactory.getLogger(CalendarFeeds.class);

    private final CalendarFeedRepository feeds;
    private final FeedOwnerRepository owners;
    private final TaskReads tasks;
    private final Directory directory;
    private final Clock clock;
    private final String baseUrl;

    CalendarFeeds(CalendarFeedRepository feeds, FeedOwnerRepository owners, TaskReads tasks, Directory directory,
                  ObjectProvider<Clock> clock, @Value("${accord.portal.base-url:http://localhost:8080}") String baseUrl) {
        this.feeds = feeds;
        this.owners = owners;
        this.tasks = tasks;
        this.directory = directory;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.baseUrl = baseUrl;
    }

    @PreAuthorize("isAuthenticated()")
    public boolean hasFeed() {
        return feeds.existsById(directory.me().id());
    }

    /** A new secret token for me, replacing my previous link; the only time the token is ever returned. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public String create() {
        long me = directory.me().id();
        String token = FeedTokens.newToken();
        String hash = FeedTokens.hash(token);
        feeds.findById(me).ifPresentOrElse(feed -> feed.replace(hash, clock.instant()),
                () -> feeds.save(new CalendarFeed(me, hash, clock.instant())));
        log.info("Calendar link created for user {}", me);
        return token;
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void revoke() {
        long me = directory.me().id();
        if (feeds.existsById(me)) {
            feeds.deleteById(me);
            log.info("Calendar link revoked for user {}", me);
        }
    }

    /**
     * The iCalendar text behind a link, for calendar apps that call without signing in. Empty for a malformed,
     * unknown or revoked token and for a disabled person.
     */
    public Optional<String> render(String token) {
        if (!FeedTokens.isWellFormed(token)) {
            return Optional.empty();
        }
        return feeds.findByTokenHash(FeedTokens.hash(token))
                .flatMap(feed -> owners.findById(feed.getUserId()))
                .filter(FeedOwner::isEnabled)
                .map(this::calendarOf);
    }

    private String calendarOf(FeedOwner owner) {
        List<DueTask> open = tasks.openOf(owner.getId());
        var initiatives = new LinkedHashSet<Long>(owners.findInitiativesLedBy(owner.getId()));
        initiatives.addAll(tasks.initiativesWithOpenTasksOf(owner.getId()));
        List<FeedMilestone> milestones = initiatives.isEmpty() ? List.of() : owners.findPendingMilestones(initiatives);
        Map<Long, String> codes = milestones.isEmpty() ? Map.of()
                : owners.findInitiatives(milestones.stream().map(FeedMilestone::getInitiativeId).distinct().toList())
                        .stream().collect(Collectors.toMap(FeedInitiative::getId, FeedInitiative::getCode));
        return new FeedWriter(baseUrl, owner.getPreferredLanguage(), clock.instant()).write(open, milestones, codes);
    }
}
