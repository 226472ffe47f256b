package org.accord.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * Every response the OpenAPI document promises is produced by the running API: each operation is called as
 * documented, then with each refusal it documents brought about (no token, read-only token, unknown id, missing and
 * stale If-Match, invalid input, exhausted rate), and must answer exactly that status.
 */
@PortalTest
class ApiContractTest {

    private static final String UNKNOWN = "999999999";

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

    ApiClient api;
    ApiTokensForTests tokens;
    final Map<String, String> tokensByUser = new LinkedHashMap<>();

    @Test
    void everyDocumentedResponseIsProduced() {
        api = new ApiClient(port);
        tokens = new ApiTokensForTests(context);
        Map<String, Sample> samples = samples(new SignedIn(userDetails));
        Map<String, Map<String, Map<String, Object>>> paths = JsonPath.read(
                api.get("/api/v1/openapi.json", null).body(), "$.paths");
        String exhausted = exhaustedToken();
        List<String> wrong = new ArrayList<>();
        Set<String> produced = new TreeSet<>();

        paths.forEach((template, operations) -> operations.forEach((method, operation) -> {
            String key = method.toUpperCase() + " " + template;
            Sample sample = samples.get(key);
            assertThat(sample).as("a sample call of " + key).isNotNull();
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            for (String status : new TreeSet<>(responses.keySet())) {
                HttpResponse<String> response = produce(key, sample, Integer.parseInt(status), exhausted);
                if (response.statusCode() == Integer.parseInt(status)) {
                    produced.add(key + " " + status);
                } else {
                    wrong.add(key + " documents " + status + " but answered " + response.statusCode() + " "
                            + response.body());
                }
            }
        }));

        assertThat(wrong).isEmpty();
        assertThat(produced).hasSizeGreaterThan(100);
    }

    private HttpResponse<String> produce(String key, Sample sample, int status, String exhausted) {
        String method = key.substring(0, key.indexOf(' '));
        String token = token(sample.username(), ApiScope.READ_WRITE);
        return switch (status) {
            case 200, 201 -> sample.call(api, method, token, sample.path(), sample.body(), currentETag(sample, token));
            case 400 -> method.equals("GET")
                    ? sample.call(api, method, token, sample.path() + "?size=0", null, null)
                    : sample.call(api, method, token, sample.path(), "{", currentETag(sample, token));
            case 401 -> sample.call(api, method, null, sample.path(), sample.body(), null);
            case 403 -> method.equals("GET")
                    ? sample.call(api, method, token("liaison.us", ApiScope.READ), sample.path(), null, null)
                    : sample.call(api, method, token(sample.username(), ApiScope.READ), sample.path(), sample.body(),
                            currentETag(sample, token));
            case 404 -> sample.call(api, method, token, sample.unknownPath(), sample.body(), "\"0\"");
            case 412 -> sample.call(api, method, token, sample.path(), sample.body(), "\"999999\"");
            case 428 -> sample.call(api, method, token, sample.path(), sample.body(), null);
            case 429 -> sample.call(api, method, exhausted, sample.path(), sample.body(), null);
            default -> throw new AssertionError(key + " documents " + status + ", which this test cannot produce");
        };
    }

    private String currentETag(Sample sample, String token) {
        if (sample.etagOf() == null) {
            return null;
        }
        return api.get(sample.etagOf(), token).headers().firstValue("ETag").orElseThrow();
    }

    private String token(String username, ApiScope scope) {
        return tokensByUser.computeIfAbsent(username + " " + scope, key -> tokens.create(username, scope));
    }

    /** A token whose minute is used up: everything it asks now is refused with 429. */
    private String exhaustedToken() {
        String token = tokens.create("pm.mx", ApiScope.READ_WRITE);
        for (int request = 0; request < 200; request++) {
            if (api.get("/api/v1/periods", token).statusCode() == 429) {
                return token;
            }
        }
        throw new AssertionError("the rate limit never answered 429");
    }

    /** One valid call of each operation, on records made for this test, as someone allowed to make it. */
    private Map<String, Sample> samples(SignedIn signedIn) {
        var progress = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        long initiative = progress.activeInitiative();
        long period = progress.openPeriod().id();
        long agreement = jdbc.queryForObject("select min(id) from agreement", Long.class);
        var records = new ApiFixture(signedIn, context);
        long milestone = records.milestone(initiative);
        long task = records.task(initiative, false);
        long report = records.issuedReport();
        String update = "/api/v1/periods/" + period + "/initiatives/" + initiative + "/updates/US";
        String unknownUpdate = "/api/v1/periods/" + UNKNOWN + "/initiatives/" + initiative + "/updates/US";
        String draft = "{\"accomplishments\":\"Manifests exchanged\",\"nextSteps\":\"Pilot\",\"proposedHealth\":\"GREEN\"}";

        Map<String, Sample> samples = new LinkedHashMap<>();
        samples.put("GET /api/v1/me", Sample.read("pm.us", "/api/v1/me", null));
        samples.put("GET /api/v1/agreements", Sample.read("pm.us", "/api/v1/agreements", null));
        samples.put("GET /api/v1/agreements/{id}", Sample.read("pm.us", "/api/v1/agreements/" + agreement,
                "/api/v1/agreements/" + UNKNOWN));
        samples.put("GET /api/v1/agreements/{id}/commitments", Sample.read("pm.us",
                "/api/v1/agreements/" + agreement + "/commitments", "/api/v1/agreements/" + UNKNOWN + "/commitments"));
        samples.put("GET /api/v1/initiatives", Sample.read("pm.us", "/api/v1/initiatives", null));
        samples.put("GET /api/v1/initiatives/{id}", Sample.read("pm.us", "/api/v1/initiatives/" + initiative,
                "/api/v1/initiatives/" + UNKNOWN));
        samples.put("GET /api/v1/initiatives/{initiativeId}/milestones", Sample.read("pm.us",
                "/api/v1/initiatives/" + initiative + "/milestones", "/api/v1/initiatives/" + UNKNOWN + "/milestones"));
        samples.put("GET /api/v1/initiatives/{initiativeId}/updates", Sample.read("pm.us",
                "/api/v1/initiatives/" + initiative + "/updates", "/api/v1/initiatives/" + UNKNOWN + "/updates"));
        samples.put("GET /api/v1/milestones", Sample.read("pm.us", "/api/v1/milestones", null));
        samples.put("GET /api/v1/milestones/{id}", Sample.read("pm.us", "/api/v1/milestones/" + milestone,
                "/api/v1/milestones/" + UNKNOWN));
        samples.put("GET /api/v1/milestones/{id}/log", Sample.read("pm.us", "/api/v1/milestones/" + milestone + "/log",
                "/api/v1/milestones/" + UNKNOWN + "/log"));
        samples.put("PUT /api/v1/milestones/{id}/progress", new Sample("bersin",
                "/api/v1/milestones/" + milestone + "/progress", "/api/v1/milestones/" + UNKNOWN + "/progress",
                "{\"status\":\"IN_PROGRESS\",\"note\":\"Started\"}", "/api/v1/milestones/" + milestone));
        samples.put("GET /api/v1/periods", Sample.read("pm.us", "/api/v1/periods", null));
        samples.put("GET /api/v1/periods/{id}", Sample.read("pm.us", "/api/v1/periods/" + period,
                "/api/v1/periods/" + UNKNOWN));
        samples.put("GET /api/v1/periods/{periodId}/initiatives/{initiativeId}/updates/{party}",
                Sample.read("bersin", update, unknownUpdate));
        samples.put("PUT /api/v1/periods/{periodId}/initiatives/{initiativeId}/updates/{party}",
                new Sample("bersin", update, unknownUpdate, draft, update));
        samples.put("POST /api/v1/periods/{periodId}/initiatives/{initiativeId}/updates/{party}/submit",
                new Sample("bersin", update + "/submit", unknownUpdate + "/submit", draft, update));
        samples.put("GET /api/v1/tasks/mine", Sample.read("liaison.us", "/api/v1/tasks/mine", null));
        samples.put("GET /api/v1/tasks/{id}", Sample.read("liaison.us", "/api/v1/tasks/" + task,
                "/api/v1/tasks/" + UNKNOWN));
        samples.put("PUT /api/v1/tasks/{id}/status", new Sample("liaison.us", "/api/v1/tasks/" + task + "/status",
                "/api/v1/tasks/" + UNKNOWN + "/status", "{\"status\":\"IN_PROGRESS\"}", "/api/v1/tasks/" + task));
        samples.put("GET /api/v1/tasks/{id}/comments", Sample.read("liaison.us", "/api/v1/tasks/" + task + "/comments",
                "/api/v1/tasks/" + UNKNOWN + "/comments"));
        samples.put("POST /api/v1/tasks/{id}/comments", new Sample("liaison.us", "/api/v1/tasks/" + task + "/comments",
                "/api/v1/tasks/" + UNKNOWN + "/comments", "{\"body\":\"Sent\"}", null));
        samples.put("GET /api/v1/reports", Sample.read("napolitano", "/api/v1/reports", null));
        samples.put("GET /api/v1/reports/{id}", Sample.read("napolitano", "/api/v1/reports/" + report,
                "/api/v1/reports/" + UNKNOWN));
        samples.put("GET /api/v1/reports/{id}/file", Sample.read("napolitano", "/api/v1/reports/" + report + "/file",
                "/api/v1/reports/" + UNKNOWN + "/file"));
        return samples;
    }

    /** A call: who makes it, on which path (and a path naming nothing), with what body, and where its ETag is read. */
    record Sample(String username, String path, String unknownPath, String body, String etagOf) {

        static Sample read(String username, String path, String unknownPath) {
            return new Sample(username, path, unknownPath, null, null);
        }

        HttpResponse<String> call(ApiClient api, String method, String token, String onPath, String withBody,
                                  String ifMatch) {
            return ifMatch == null ? api.exchange(method, onPath, token, withBody)
                    : api.exchange(method, onPath, token, withBody, "If-Match", ifMatch);
        }
    }
}
