package org.accord.calendar;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.ParameterList;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Cn;
import net.fortuna.ical4j.model.parameter.Value;
import net.fortuna.ical4j.model.property.Categories;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Organizer;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RefreshInterval;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableMethod;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import net.fortuna.ical4j.validate.ValidationException;
import org.accord.people.Language;
import org.accord.task.DueTask;

/**
 * Writes one person's feed as RFC 5545 text. Every event is all-day on a floating date (a due date is the
 * same day in every time zone), so no VTIMEZONE is needed; DTSTAMP is UTC.
 */
final class FeedWriter {

    static final String PRODUCT_ID = "-//Accord//Accord portal calendar feed//EN";
    private static final Duration REFRESH = Duration.ofHours(1);

    private final String baseUrl;
    private final String uidDomain;
    private final Organizer organizer;
    private final Language language;
    private final FeedWords words;
    private final Instant now;

    FeedWriter(String baseUrl, Language language, Instant now) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        String host = URI.create(this.baseUrl).getHost();
        this.uidDomain = host == null || host.isBlank() ? "accord" : host;
        // iTIP (RFC 5546) wants an organizer on published events; calendars show it as "Accord", nobody replies.
        this.organizer = new Organizer(new ParameterList(List.of(new Cn("Accord"))),
                URI.create("mailto:no-reply@" + uidDomain));
        this.language = language;
        this.words = FeedWords.in(language);
        this.now = now;
    }

    String write(List<DueTask> tasks, List<FeedMilestone> milestones, Map<Long, String> initiativeCodes) {
        var calendar = new Calendar();
        calendar.withProdId(PRODUCT_ID)
                .withProperty(ImmutableVersion.VERSION_2_0)
                .withProperty(ImmutableCalScale.GREGORIAN)
                .withProperty(ImmutableMethod.PUBLISH)
                .withProperty(new XProperty("X-WR-CALNAME", words.calendarName()))
                .withProperty(new XProperty("X-PUBLISHED-TTL", REFRESH.toString()))
                .withProperty(new RefreshInterval(new ParameterList(List.of(Value.DURATION)), REFRESH));
        for (DueTask task : tasks) {
            String link = baseUrl + "/tasks/" + task.id();
            calendar.withComponent(allDay("task-" + task.id(), task.dueDate(), words.task() + ": " + task.title(),
                    words.initiative() + " " + task.initiativeCode() + "\n" + words.open() + ": " + link, link,
                    words.categoryTask()));
        }
        for (FeedMilestone milestone : milestones) {
            String code = initiativeCodes.getOrDefault(milestone.getInitiativeId(), "");
            String link = baseUrl + "/initiatives/" + milestone.getInitiativeId();
            calendar.withComponent(allDay("milestone-" + milestone.getId(), milestone.expectedDate(),
                    words.milestone() + ": " + milestone.title(language),
                    words.initiative() + " " + code + "\n" + words.open() + ": " + link, link,
                    words.categoryMilestone()));
        }
        return text(calendar.getFluentTarget());
    }

    private VEvent allDay(String uid, LocalDate day, String summary, String description, String link,
                          String category) {
        var event = new VEvent(false);
        event.withProperty(new Uid(uid + "@" + uidDomain))
                .withProperty(new DtStamp(now))
                .withProperty(organizer)
                .withProperty(new DtStart<>(day))
                .withProperty(new DtEnd<>(day.plusDays(1)))
                .withProperty(new Summary(summary))
                .withProperty(new Description(description))
                .withProperty(new Url(URI.create(link)))
                .withProperty(new Categories(category));
        return event;
    }

    private static String text(Calendar calendar) {
        var out = new StringWriter();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ValidationException e) {
            throw new IllegalStateException("Calendar feed failed validation", e);
        }
        return out.toString();
    }
}
