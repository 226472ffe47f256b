package org.accord.calendar;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.parameter.Value;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.task.Tasks;
import org.accord.task.TaskStatus;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

@PortalTest
class CalendarFeedTest {

    @Autowired
    CalendarFeeds feeds;
    @Autowired
    Tasks tasks;
    @Autowired
    MilestonePlan plan;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @LocalServerPort
    int port;

    SignedIn signedIn;
    MilestoneStories stories;
    String initiativeCode;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @BeforeEach
    void initiativeLedByBersin() {
        signedIn = new SignedIn(userDetails);
        stories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        initiativeCode = jdbc.queryForObject("select code from initiative where id = ?", String.class, stories.initiativeId);
    }

    @Test
    void feedListsMyOpenTaskOnItsDueDateAndTheMilestonesOfItsInitiative() throws Exception {
        LocalDate due = TODAY.plusDays(12);
        long milestone = stories.milestone("Joint port inspection", OwnerSide.US, TODAY.plusDays(30), TODAY.plusDays(33));
        long task = assign("liaison.us", "Send the inspection roster", due);
        String token = signedIn.as("liaison.us", feeds::create);

        HttpResponse<String> first = get(token);
        HttpResponse<String> second = get(token);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type.toLowerCase()).startsWith("text/calendar").contains("charset=utf-8"));
        assertThat(first.headers().firstValue("Content-Disposition")).hasValueSatisfying(disposition ->
                assertThat(disposition).startsWith("inline").contains("accord.ics"));
        assertThat(first.headers().firstValue("Cache-Control")).hasValueSatisfying(cache ->
                assertThat(cache).contains("no-store").contains("private"));
        assertThat(first.headers().allValues("Set-Cookie")).isEmpty();

        Calendar calendar = parse(first.body());
        assertThat(text(calendar, Property.VERSION)).isEqualTo("2.0");
        assertThat(text(calendar, Property.PRODID)).contains("Accord");
        assertThat(text(calendar, Property.METHOD)).isEqualTo("PUBLISH");
        assertThat(text(calendar, "X-WR-CALNAME")).isEqualTo("Accord: my tasks and milestones");
        assertThat(first.body()).contains("CALSCALE:GREGORIAN\r\n", "REFRESH-INTERVAL;VALUE=DURATION:PT1H\r\n",
                "X-PUBLISHED-TTL:PT1H\r\n");
        assertThat(calendar.validate().hasErrors()).as(calendar.validate().toString()).isFalse();

        VEvent taskEvent = event(calendar, "task-" + task + "@localhost").orElseThrow();
        assertThat(taskEvent.getDateTimeStart().getParameter(Parameter.VALUE)).contains(Value.DATE);
        assertThat(first.body()).contains("DTSTART;VALUE=DATE:" + due.toString().replace("-", "") + "\r\n");
        assertThat(taskEvent.getDateTimeStart().getDate()).isEqualTo(due);
        assertThat(taskEvent.getDateTimeEnd().getDate()).isEqualTo(due.plusDays(1));
        assertThat(text(taskEvent, Property.SUMMARY)).isEqualTo("Task: Send the inspection roster");
        assertThat(text(taskEvent, Property.URL)).isEqualTo("http://localhost:8080/tasks/" + task);
        assertThat(text(taskEvent, Property.DESCRIPTION)).contains(initiativeCode).contains("/tasks/" + task);
        assertThat(text(taskEvent, Property.DTSTAMP)).endsWith("Z");
        assertThat(event(parse(second.body()), "task-" + task + "@localhost")).isPresent();

        VEvent milestoneEvent = event(calendar, "milestone-" + milestone + "@localhost").orElseThrow();
        assertThat(milestoneEvent.getDateTimeStart().getDate()).isEqualTo(TODAY.plusDays(33));
        assertThat(milestoneEvent.getDateTimeStart().getParameter(Parameter.VALUE)).contains(Value.DATE);
        assertThat(text(milestoneEvent, Property.SUMMARY)).isEqualTo("Milestone: Joint port inspection");
        assertThat(text(milestoneEvent, Property.URL)).isEqualTo("http://localhost:8080/initiatives/" + stories.initiativeId);
    }

    @Test
    void feedTextHasCrlfLinesFoldedAt75Octets() throws Exception {
        String longTitle = "Coordinate the bilateral customs data exchange pilot with every port of entry along the border";
        assign("liaison.us", longTitle, TODAY.plusDays(3));
        String body = get(signedIn.as("liaison.us", feeds::create)).body();

        assertThat(body).contains("\r\n").doesNotContainPattern("[^\r]\n");
        for (String line : body.split("\r\n")) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
        }
        assertThat(body).contains("\r\n ");
        assertThat(parse(body).getComponents(VEvent.VEVENT).stream()
                .map(event -> text((VEvent) event, Property.SUMMARY))).contains("Task: " + longTitle);
    }

    @Test
    void doneTaskAndDoneMilestoneLeaveTheFeed() throws Exception {
        long task = assign("liaison.us", "Draft the minutes", TODAY.plusDays(2));
        long stillOpen = assign("liaison.us", "Circulate the minutes", TODAY.plusDays(4));
        String token = signedIn.as("liaison.us", feeds::create);
        assertThat(event(parse(get(token).body()), "task-" + task + "@localhost")).isPresent();

        signedIn.as("liaison.us", () -> tasks.changeStatus(task, version(task), TaskStatus.DONE, "Sent to both sides"));

        Calendar after = parse(get(token).body());
        assertThat(event(after, "task-" + task + "@localhost")).isEmpty();
        assertThat(event(after, "task-" + stillOpen + "@localhost")).isPresent();
    }

    @Test
    void revokedLinkAnswersNotFoundWithNoData() throws Exception {
        assign("liaison.us", "Confidential follow-up", TODAY.plusDays(5));
        String token = signedIn.as("liaison.us", feeds::create);
        assertThat(get(token).statusCode()).isEqualTo(200);

        signedIn.as("liaison.us", feeds::revoke);

        HttpResponse<String> revoked = get(token);
        assertThat(revoked.statusCode()).isEqualTo(404);
        assertThat(revoked.body()).isEmpty();
        assertThat(signedIn.as("liaison.us", feeds::hasFeed)).isFalse();
    }

    @Test
    void randomOrMalformedTokenAnswersNotFoundWithoutLogin() {
        for (String path : new String[] {"/calendar/" + FeedTokens.newToken() + ".ics", "/calendar/short.ics",
                "/calendar/" + "A".repeat(43) + "%27.ics", "/calendar/anything"}) {
            HttpResponse<String> response = send(path);
            assertThat(response.statusCode()).as(path).isEqualTo(404);
            assertThat(response.body()).as(path).isEmpty();
            assertThat(response.headers().allValues("Set-Cookie")).as(path).isEmpty();
        }
    }

    @Test
    void replacingTheLinkMakesTheOldOneNotFound() {
        String old = signedIn.as("liaison.us", feeds::create);
        String replacement = signedIn.as("liaison.us", feeds::create);

        assertThat(replacement).isNotEqualTo(old).hasSize(43);
        assertThat(get(old).statusCode()).isEqualTo(404);
        assertThat(get(replacement).statusCode()).isEqualTo(200);
        assertThat(jdbc.queryForObject("select count(*) from calendar_feed where token_hash in (?, ?)", Integer.class,
                old, replacement)).as("only hashes are stored").isZero();
    }

    @Test
    void feedSpeaksTheOwnersLanguage() throws Exception {
        long milestone = stories.milestone("Joint training", OwnerSide.MX, TODAY.plusDays(20), null);
        long task = signedIn.as("lead.mx", () -> {
            var draft = tasks.newDraft(stories.initiativeId, null);
            draft.setTitle("Enviar la lista de asistentes");
            draft.setAssigneeId(userId("liaison.mx"));
            draft.setDueDate(TODAY.plusDays(6));
            return tasks.save(draft);
        });

        Calendar calendar = parse(get(signedIn.as("liaison.mx", feeds::create)).body());

        assertThat(text(calendar, "X-WR-CALNAME")).isEqualTo("Accord: mis tareas e hitos");
        assertThat(text(event(calendar, "task-" + task + "@localhost").orElseThrow(), Property.SUMMARY))
                .isEqualTo("Tarea: Enviar la lista de asistentes");
        assertThat(text(event(calendar, "milestone-" + milestone + "@localhost").orElseThrow(), Property.SUMMARY))
                .isEqualTo("Hito: Joint training (es)");
    }

    @Test
    void leadSeesTheMilestonesOfTheInitiativesHeLeads() throws Exception {
        long milestone = stories.milestone("Lead's checkpoint", OwnerSide.US, TODAY.plusDays(45), null);

        Calendar calendar = parse(get(signedIn.as("bersin", feeds::create)).body());

        assertThat(event(calendar, "milestone-" + milestone + "@localhost")).isPresent();
    }

    @Test
    void disabledPersonsLinkAnswersNotFound() {
        long someone = userId("liaison.us");
        String token = signedIn.as("liaison.us", feeds::create);
        jdbc.update("update user_account set enabled = false where id = ?", someone);
        try {
            assertThat(get(token).statusCode()).isEqualTo(404);
        } finally {
            jdbc.update("update user_account set enabled = true where id = ?", someone);
        }
    }

    private long assign(String assignee, String title, LocalDate due) {
        return signedIn.as("bersin", () -> {
            var draft = tasks.newDraft(stories.initiativeId, null);
            draft.setTitle(title);
            draft.setAssigneeId(userId(assignee));
            draft.setDueDate(due);
            return tasks.save(draft);
        });
    }

    private long version(long taskId) {
        return jdbc.queryForObject("select version from task where id = ?", Long.class, taskId);
    }

    private long userId(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private HttpResponse<String> get(String token) {
        return send("/calendar/" + token + ".ics");
    }

    private HttpResponse<String> send(String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Calendar parse(String body) throws IOException, ParserException {
        return new CalendarBuilder().build(new StringReader(body));
    }

    private static Optional<VEvent> event(Calendar calendar, String uid) {
        return calendar.<VEvent>getComponents(VEvent.VEVENT).stream()
                .filter(event -> event.getUid().map(Property::getValue).filter(uid::equals).isPresent()).findFirst();
    }

    private static String text(net.fortuna.ical4j.model.PropertyContainer container, String name) {
        return container.getProperty(name).map(Property::getValue).orElse(null);
    }
}
