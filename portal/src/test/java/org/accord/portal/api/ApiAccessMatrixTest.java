package org.accord.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.people.ApiScope;
import org.accord.people.ReferenceData;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ReportingPeriods;
import org.accord.report.Reports;
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
    ApiFixture fixture;
    long initiative;

    @Test
    void everyRoleOfEachPartyGetsWhatTheScreensAllow() {
        signedIn = new SignedIn(userDetails);
        fixture = new ApiFixture(signedIn, context);
        var api = new ApiClient(port);
        var tokens = new ApiTokensForTests(context);
        var progress = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        initiative = progress.activeInitiative();
        long period = progress.openPeriod().id();
        long agreement = jdbc.queryForObject("select min(id) from agreement", Long.class);
        long milestone = milestone();
        long sharedTask = task(false);
        long usInternalTask = task(true);
        long report = fixture.issuedReport();
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
        return fixture.milestone(initiative);
    }

    private long task(boolean internal) {
        return fixture.task(initiative, internal);
    }

    record Cell(String method, Supplier<String> path, String body, Function<String, Integer> expected) {
    }
}
