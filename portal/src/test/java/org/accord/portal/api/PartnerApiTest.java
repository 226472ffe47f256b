package org.accord.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ApiScope;
import org.accord.people.ReferenceData;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ReportingPeriods;
import org.accord.task.TaskStories;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The partner API's resources over real HTTP with real tokens: what they show, how writes check versions. */
@PortalTest
class PartnerApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Tasks tasks;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    ApiClient api;
    ApiTokensForTests tokens;
    SignedIn signedIn;

    @BeforeEach
    void setUp() {
        api = new ApiClient(port);
        tokens = new ApiTokensForTests(context);
        signedIn = new SignedIn(userDetails);
    }

    @Test
    void listsPageWithLinkHeadersAndTotals() {
        String token = tokens.create("napolitano", ApiScope.READ);

        var first = api.get("/api/v1/initiatives?size=5&sort=code", token);

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(first.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        int total = JsonPath.read(first.body(), "$.total");
        List<String> codes = JsonPath.read(first.body(), "$.items[*].code");
        assertThat(total).isGreaterThanOrEqualTo(15);
        assertThat(codes).hasSize(5).isSorted();
        String link = first.headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("page=1", "rel=\"next\"", "rel=\"last\"", "rel=\"first\"", "size=5", "sort=code")
                .doesNotContain("rel=\"prev\"");

        var second = api.get("/api/v1/initiatives?size=5&sort=code&page=1", token);
        List<String> next = JsonPath.read(second.body(), "$.items[*].code");
        assertThat(next).hasSize(5).doesNotContainAnyElementsOf(codes);
        assertThat(second.headers().firstValue("Link").orElseThrow()).contains("rel=\"prev\"");
        assertThat(List.<String>of(codes.getLast(), next.getFirst())).isSorted();
    }

    @Test
    void listsFilterLikeTheScreens() {
        String token = tokens.create("pm.mx", ApiScope.READ);
        var demo = api.get("/api/v1/agreements?text=Interconnection", token);
        assertThat(demo.statusCode()).as(demo.body()).isEqualTo(200);
        List<Map<String, Object>> agreements = JsonPath.read(demo.body(), "$.items");
        assertThat(agreements).extracting(agreement -> agreement.get("code")).contains("ISA-2012");
        assertThat(agreements).allSatisfy(agreement -> assertThat(
                agreement.get("code") + " " + agreement.get("titleEn") + " " + agreement.get("titleEs"))
                .containsIgnoringCase("Interconnection"));

        var descending = api.get("/api/v1/milestones?sort=-baselineDate&size=20", token);
        List<String> baselines = JsonPath.read(descending.body(), "$.items[*].baselineDate");
        assertThat(baselines).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void agreementCarriesItsVersionAsETagWithCommitmentsAndSignatories() {
        String token = tokens.create("liaison.mx", ApiScope.READ);
        int id = JsonPath.read(api.get("/api/v1/agreements?size=1&sort=code", token).body(), "$.items[0].id");

        var agreement = api.get("/api/v1/agreements/" + id, token);

        assertThat(agreement.statusCode()).isEqualTo(200);
        int version = JsonPath.read(agreement.body(), "$.version");
        assertThat(agreement.headers().firstValue("ETag")).contains("\"" + version + "\"");
        List<Integer> numbers = JsonPath.read(agreement.body(), "$.commitments[*].number");
        assertThat(numbers).isNotEmpty();
        var commitments = api.get("/api/v1/agreements/" + id + "/commitments", token);
        assertThat((List<Integer>) JsonPath.read(commitments.body(), "$[*].number")).isEqualTo(numbers);
    }

    @Test
    void initiativeShowsItsLeadsByPartyWithoutUsernames() {
        var progress = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        long initiative = progress.activeInitiative();
        String token = tokens.create("meade", ApiScope.READ);

        var response = api.get("/api/v1/initiatives/" + initiative, token);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(response.body(), "$.leads.US.name")).isEqualTo("Alan Bersin");
        assertThat((String) JsonPath.read(response.body(), "$.leads.MX.party")).isEqualTo("MX");
        assertThat((String) JsonPath.read(response.body(), "$.leadAgencies.US")).isEqualTo("CBP");
        assertThat(response.body()).doesNotContain("bersin", "lead.mx", "@");
        assertThat(response.headers().firstValue("ETag")).isPresent();
    }

    @Test
    void milestoneProgressNeedsTheCurrentETagAndLogsItsNote() {
        var stories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        long milestone = stories.milestone("Connectivity test", OwnerSide.JOINT, MilestoneStories.TODAY.plusDays(10),
                null);
        String token = tokens.create("bersin", ApiScope.READ_WRITE);
        String path = "/api/v1/milestones/" + milestone + "/progress";
        String body = "{\"status\":\"IN_PROGRESS\",\"forecastDate\":\"" + MilestoneStories.TODAY.plusDays(20)
                + "\",\"note\":\"Vendor late\"}";
        String etag = api.get("/api/v1/milestones/" + milestone, token).headers().firstValue("ETag").orElseThrow();

        var withoutIfMatch = api.exchange("PUT", path, token, body);
        var stale = api.exchange("PUT", path, token, body, "If-Match", "\"999\"");
        var saved = api.exchange("PUT", path, token, body, "If-Match", etag);
        var again = api.exchange("PUT", path, token, body, "If-Match", etag);

        assertThat(withoutIfMatch.statusCode()).isEqualTo(428);
        assertThat(withoutIfMatch.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(saved.body(), "$.status")).isEqualTo("IN_PROGRESS");
        assertThat((String) JsonPath.read(saved.body(), "$.forecastDate"))
                .isEqualTo(MilestoneStories.TODAY.plusDays(20).toString());
        assertThat(saved.headers().firstValue("ETag")).isPresent().get().isNotEqualTo(etag);
        assertThat(again.statusCode()).as("the ETag read before the change is stale now").isEqualTo(412);
        var log = api.get("/api/v1/milestones/" + milestone + "/log", token);
        assertThat((List<String>) JsonPath.read(log.body(), "$[*].note")).contains("Vendor late");
        assertThat((String) JsonPath.read(log.body(), "$[0].loggedBy")).isEqualTo("bersin");
    }

    @Test
    void fieldErrorsAreNamedInTheCallersLanguageAndNothingIsSaved() {
        var stories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        long milestone = stories.milestone("Pilot", OwnerSide.US, MilestoneStories.TODAY.plusDays(10), null);
        String token = tokens.create("pm.us", ApiScope.READ_WRITE);
        String etag = api.get("/api/v1/milestones/" + milestone, token).headers().firstValue("ETag").orElseThrow();

        var refused = api.exchange("PUT", "/api/v1/milestones/" + milestone + "/progress", token,
                "{\"status\":\"DONE\"}", "If-Match", etag, "Accept-Language", "es-MX,es;q=0.9");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat((String) JsonPath.read(refused.body(), "$.title")).isEqualTo("Datos no válidos");
        assertThat((String) JsonPath.read(refused.body(), "$.errors[0].field")).isEqualTo("actualDate");
        assertThat((String) JsonPath.read(refused.body(), "$.errors[0].message")).isNotBlank().doesNotStartWith("!");
        assertThat(api.get("/api/v1/milestones/" + milestone, token).headers().firstValue("ETag")).contains(etag);
    }

    @Test
    void leadWritesADraftOfTheirOwnPartyAndSubmitsIt() {
        var progress = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        long initiative = progress.activeInitiative();
        long period = progress.openPeriod().id();
        String token = tokens.create("bersin", ApiScope.READ_WRITE);
        String own = "/api/v1/periods/" + period + "/initiatives/" + initiative + "/updates/US";
        String other = "/api/v1/periods/" + period + "/initiatives/" + initiative + "/updates/MX";
        String draft = "{\"accomplishments\":\"Manifests exchanged\",\"nextSteps\":\"Pilot\",\"proposedHealth\":\"GREEN\"}";

        var before = api.get(own, token);
        var intoTheOtherParty = api.exchange("PUT", other, token, draft, "If-Match", "\"0\"");
        var saved = api.exchange("PUT", own, token, draft, "If-Match", before.headers().firstValue("ETag").orElseThrow());
        var submitted = api.exchange("POST", own + "/submit", token, draft, "If-Match",
                saved.headers().firstValue("ETag").orElseThrow());

        assertThat((String) JsonPath.read(before.body(), "$.state")).isEqualTo("NOT_STARTED");
        assertThat(before.headers().firstValue("ETag")).contains("\"0\"");
        assertThat(intoTheOtherParty.statusCode()).isEqualTo(403);
        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(saved.body(), "$.state")).isEqualTo("DRAFT");
        assertThat(submitted.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(submitted.body(), "$.state")).isEqualTo("SUBMITTED");
        var otherPartysView = api.get(own, tokens.create("lead.mx", ApiScope.READ));
        assertThat((String) JsonPath.read(otherPartysView.body(), "$.accomplishments")).isEqualTo("Manifests exchanged");
        var list = api.get("/api/v1/initiatives/" + initiative + "/updates", token);
        assertThat((List<String>) JsonPath.read(list.body(), "$[*].party")).contains("US");
    }

    @Test
    void otherPartysDraftShowsNoContent() {
        var progress = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        long initiative = progress.activeInitiative();
        long period = progress.openPeriod().id();
        String path = "/api/v1/periods/" + period + "/initiatives/" + initiative + "/updates/US";
        String writer = tokens.create("bersin", ApiScope.READ_WRITE);
        var saved = api.exchange("PUT", path, writer, "{\"accomplishments\":\"Secret draft\"}", "If-Match", "\"0\"");

        var seenByMexico = api.get(path, tokens.create("pm.mx", ApiScope.READ));

        assertThat((String) JsonPath.read(saved.body(), "$.state")).isEqualTo("DRAFT");
        assertThat(seenByMexico.statusCode()).isEqualTo(200);
        assertThat(seenByMexico.body()).doesNotContain("Secret draft");
        assertThat((String) JsonPath.read(seenByMexico.body(), "$.accomplishments")).isNull();
    }

    @Test
    void assigneeMovesTheirTaskOnAndComments() {
        var stories = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
        long task = stories.task("Send the manifest sample", "liaison.us", TaskStories.TODAY.plusDays(3));
        String token = tokens.create("liaison.us", ApiScope.READ_WRITE);

        var mine = api.get("/api/v1/tasks/mine?size=200", token);
        var detail = api.get("/api/v1/tasks/" + task, token);
        var blockedWithoutReason = api.exchange("PUT", "/api/v1/tasks/" + task + "/status", token,
                "{\"status\":\"BLOCKED\"}", "If-Match", detail.headers().firstValue("ETag").orElseThrow());
        var started = api.exchange("PUT", "/api/v1/tasks/" + task + "/status", token,
                "{\"status\":\"IN_PROGRESS\"}", "If-Match", detail.headers().firstValue("ETag").orElseThrow());
        var comment = api.post("/api/v1/tasks/" + task + "/comments", token, "{\"body\":\"Sample sent by courier\"}");

        assertThat((List<Integer>) JsonPath.read(mine.body(), "$.items[*].id")).contains((int) task);
        assertThat(blockedWithoutReason.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(blockedWithoutReason.body(), "$.errors[0].field")).isEqualTo("blockedReason");
        assertThat(started.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(started.body(), "$.status")).isEqualTo("IN_PROGRESS");
        assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);
        assertThat(comment.headers().firstValue("Location")).isPresent();
        var comments = api.get("/api/v1/tasks/" + task + "/comments", token);
        assertThat((List<String>) JsonPath.read(comments.body(), "$[*].body")).containsExactly("Sample sent by courier");
    }

    @Test
    void someoneElsesTaskIsNotTheirsToMove() {
        var stories = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
        long task = stories.task("Review the sample", "liaison.us", TaskStories.TODAY.plusDays(3));
        String token = tokens.create("liaison.mx", ApiScope.READ_WRITE);
        String etag = api.get("/api/v1/tasks/" + task, tokens.create("liaison.us", ApiScope.READ)).headers()
                .firstValue("ETag").orElseThrow();

        var refused = api.exchange("PUT", "/api/v1/tasks/" + task + "/status", token, "{\"status\":\"DONE\","
                + "\"text\":\"Done\"}", "If-Match", etag);

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void refusalsAreProblemsInTheCallersLanguage() {
        String token = tokens.create("pm.us", ApiScope.READ);

        HttpResponse<String> unknownSort = api.get("/api/v1/initiatives?sort=secret", token);
        HttpResponse<String> hugePage = api.get("/api/v1/milestones?size=5000", token, "es");
        HttpResponse<String> unknownRecord = api.get("/api/v1/initiatives/999999999", token);
        HttpResponse<String> unknownPath = api.get("/api/v1/nothing-here", token);
        HttpResponse<String> badEnum = api.get("/api/v1/initiatives?status=SOMETIMES", token);
        HttpResponse<String> wrongMethod = api.exchange("DELETE", "/api/v1/milestones/1", tokens.create("pm.us",
                ApiScope.READ_WRITE), null);

        assertThat(unknownSort.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(unknownSort.body(), "$.detail")).contains("secret", "code");
        assertThat(hugePage.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(hugePage.body(), "$.title")).isEqualTo("Tamaño de página no válido");
        assertThat(unknownRecord.statusCode()).isEqualTo(404);
        assertThat(unknownPath.statusCode()).isEqualTo(404);
        assertThat(unknownPath.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(badEnum.statusCode()).isEqualTo(400);
        assertThat((String) JsonPath.read(badEnum.body(), "$.errors[0].field")).isEqualTo("status");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(wrongMethod.headers().firstValue("Allow")).contains("GET");
        assertThat(List.of(unknownSort, hugePage, unknownRecord, unknownPath, badEnum))
                .allSatisfy(response -> assertThat(response.body()).doesNotContain("Exception", "org.accord"));
    }

    @Test
    void issuedReportsAreReadByExecutivesAndNotByLiaisons() {
        var executive = api.get("/api/v1/reports", tokens.create("wayne", ApiScope.READ));
        String tokenName = "reports " + System.nanoTime();
        var liaison = api.get("/api/v1/reports", tokens.createToken("liaison.us", tokenName, ApiScope.READ).secret());

        assertThat(executive.statusCode()).isEqualTo(200);
        assertThat((Integer) JsonPath.read(executive.body(), "$.total")).isGreaterThanOrEqualTo(0);
        assertThat(liaison.statusCode()).isEqualTo(403);
        assertThat((String) JsonPath.read(liaison.body(), "$.type")).isEqualTo("urn:accord:problem:forbidden");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'API_REFUSED' and actor = ?"
                + " and details like ?", Integer.class, "liaison.us", "token=" + tokenName + ",%")).isEqualTo(1);
    }
}
