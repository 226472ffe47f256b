package org.accord.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestoneDraft;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.OwnerSide;
import org.accord.people.ApiScope;
import org.accord.people.ReferenceData;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ReportingPeriods;
import org.accord.report.ReportFormat;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportProgress;
import org.accord.report.ReportRequest;
import org.accord.report.ReportScope;
import org.accord.report.Reports;
import org.accord.task.TaskDraft;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Role × party × endpoint: each person of the demo (every role, both countries) calls every operation of the API
 * with a read-and-write token, and each answer is asserted. The initiative is led by bersin (US) and lead.mx (MX),
 * whom the matrix leaves out: the leads in it lead other initiatives. Writes act on a record made for each call.
 */
@PortalTest
class ApiAccessMatrixTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final List<String> PEOPLE = List.of("admin.us", "admin.mx", "pm.us", "pm.mx", "aguilar",
            "lead.inm", "liaison.us", "liaison.mx", "napolitano", "meade");
    private static final Set<String> MANAGERS = Set.of("admin.us", "admin.mx", "pm.us", "pm.mx");
    private static final Set<String> LIAISONS = Set.of("liaison.us", "liaison.mx");

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Tasks tasks;
    @Autowired
    Reports reports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    long initiative;

    @Test
    void everyRoleOfEachPartyGetsWhatTheScreensAllow() {
        signedIn = new SignedIn(userDetails);
        var api = new ApiClient(port);
        var tokens = new ApiTokensForTests(context);
        var progress = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        initiative = progress.activeInitiative();
        long period = progress.openPeriod().id();
        long agreement = jdbc.queryForObject("select min(id) from agreement", Long.class);
        long milestone = milestone();
        long sharedTask = task(false);
        long usInternalTask = task(true);
        long report = signedIn.as("pm.us", () -> reports.issue(new ReportRequest(null, LocalDate.of(2012, 4, 1),
                LocalDate.of(2012, 6, 30), ReportScope.all(), ReportLanguage.EN, ReportFormat.CSV, null), null, null,
                ReportProgress.NONE)).id();
        String update = "/api/v1/periods/" + period + "/initiatives/" + initiative + "/updates/";

        List<Cell> cells = new ArrayList<>();
        for (String read : List.of("/api/v1/me", "/api/v1/agreements", "/api/v1/agreements/" + agreement,
                "/api/v1/agreements/" + agreement + "/commitments", "/api/v1/initiatives",
                "/api/v1/initiatives/" + initiative, "/api/v1/initiatives/" + initiative + "/milestones",
                "/api/v1/initiatives/" + initiative + "/updates", "/api/v1/milestones", "/api/v1/milestones/" + milestone,
                "/api/v1/milestones/" + milestone + "/log", "/api/v1/periods", "/api/v1/periods/" + period,
                update + "US", update + "MX", "/api/v1/tasks/mine", "/api/v1/tasks/" + sharedTask,
                "/api/v1/tasks/" + sharedTask + "/comments")) {
            cells.add(new Cell("GET", () -> read, null, person -> 200));
        }
        for (String read : List.of("/api/v1/reports", "/api/v1/reports/" + report, "/api/v1/reports/" + report + "/file")) {
            cells.add(new Cell("GET", () -> read, null, person -> LIAISONS.contains(person) ? 403 : 200));
        }
        cells.add(new Cell("GET", () -> "/api/v1/tasks/" + usInternalTask, null, person -> mexican(person) ? 404 : 200));
        cells.add(new Cell("PUT", () -> "/api/v1/milestones/" + milestone() + "/progress",
                "{\"status\":\"IN_PROGRESS\"}", person -> MANAGERS.contains(person) ? 200 : 403));
        cells.add(new Cell("PUT", () -> update + "US", "{\"accomplishments\":\"Done\"}", person -> 403));
        cells.add(new Cell("PUT", () -> update + "MX", "{\"accomplishments\":\"Hecho\"}", person -> 403));
        cells.add(new Cell("PUT", () -> "/api/v1/tasks/" + task(false) + "/status", "{\"status\":\"IN_PROGRESS\"}",
                person -> worker(person) ? 200 : 403));
        cells.add(new Cell("POST", () -> "/api/v1/tasks/" + task(false) + "/comments", "{\"body\":\"Seen\"}",
                person -> worker(person) ? 201 : 403));
        cells.add(new Cell("PUT", () -> "/api/v1/tasks/" + task(true) + "/status", "{\"status\":\"IN_PROGRESS\"}",
                person -> mexican(person) ? 404 : worker(person) ? 200 : 403));

        List<String> wrong = new ArrayList<>();
        int asserted = 0;
        for (String person : PEOPLE) {
            String token = tokens.create(person, ApiScope.READ_WRITE);
            for (Cell cell : cells) {
                String path = cell.path().get();
                String ifMatch = cell.body() == null ? null
                        : api.get(path.replaceAll("/(status|progress|comments)$", ""), token).headers()
                                .firstValue("ETag").orElse("\"0\"");
                var response = ifMatch == null || cell.method().equals("POST")
                        ? api.exchange(cell.method(), path, token, cell.body())
                        : api.exchange(cell.method(), path, token, cell.body(), "If-Match", ifMatch);
                int expected = cell.expected().apply(person);
                asserted++;
                if (response.statusCode() != expected) {
                    wrong.add(person + " " + cell.method() + " " + path + ": " + response.statusCode() + ", not "
                            + expected + " " + response.body());
                }
            }
        }

        assertThat(wrong).isEmpty();
        assertThat(asserted).isEqualTo(PEOPLE.size() * cells.size());
    }

    private static boolean mexican(String person) {
        return Set.of("admin.mx", "pm.mx", "lead.inm", "liaison.mx", "meade").contains(person);
    }

    /** The assignee (liaison.us) and the initiative's managers. */
    private static boolean worker(String person) {
        return MANAGERS.contains(person) || person.equals("liaison.us");
    }

    private long milestone() {
        return signedIn.as("bersin", () -> {
            var draft = new MilestoneDraft();
            draft.setTitleEn("Connectivity test");
            draft.setTitleEs("Prueba de conectividad");
            draft.setOwnerSide(OwnerSide.JOINT);
            draft.setBaselineDate(TODAY.plusDays(30));
            draft.setWeight(1);
            return plan.save(initiative, draft);
        });
    }

    /** A task bersin gives liaison.us; an internal one only the US sees. */
    private long task(boolean internal) {
        return signedIn.as("bersin", () -> {
            TaskDraft draft = tasks.newDraft(initiative, null);
            draft.setTitle("Send the manifest sample");
            draft.setAssigneeId(jdbc.queryForObject("select id from user_account where username = 'liaison.us'",
                    Long.class));
            draft.setDueDate(TODAY.plusDays(5));
            draft.setInternal(internal);
            return tasks.save(draft);
        });
    }

    record Cell(String method, Supplier<String> path, String body, Function<String, Integer> expected) {
    }
}
