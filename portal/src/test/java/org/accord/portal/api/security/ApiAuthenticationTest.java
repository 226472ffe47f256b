package org.accord.portal.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.accord.PortalTest;
import org.accord.people.ApiScope;
import org.accord.people.ApiTokens;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.portal.api.ApiClient;
import org.accord.portal.api.ApiTokensForTests;
import org.accord.testsupport.NewPeople;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The partner API's bearer tokens over real HTTP: who they let in, how they refuse, what the audit trail keeps. */
@PortalTest
class ApiAuthenticationTest {

    private static final String ME = "/api/v1/me";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApiTokens apiTokens;
    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    UserDetailsService userDetails;

    ApiTokensForTests tokens;
    ApiClient api;

    @BeforeEach
    void setUp() {
        tokens = new ApiTokensForTests(context);
        api = new ApiClient(port);
    }

    @Test
    void validTokenActsAsItsOwnerWithoutASession() {
        var token = tokens.createToken("liaison.us", "me check " + System.nanoTime(), ApiScope.READ);

        HttpResponse<String> response = api.get(ME, token.secret());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).get().asString().startsWith("application/json");
        assertThat(response.body()).contains("\"username\":\"liaison.us\"", "\"party\":\"US\"", "\"LIAISON\"",
                "\"name\":\"" + token.token().name() + "\"", "\"scope\":\"READ\"", "\"expiresAt\":");
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void requestWithoutTokenIsRefusedAsAProblemInTheCallersLanguage() {
        HttpResponse<String> english = api.get(ME, null);
        HttpResponse<String> spanish = api.get(ME, null, "es-MX,es;q=0.9");

        assertThat(english.statusCode()).isEqualTo(401);
        assertThat(english.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
        assertThat(english.headers().firstValue("Content-Type")).get().asString()
                .startsWith("application/problem+json");
        assertThat(english.body()).contains("\"type\":\"urn:accord:problem:invalid-token\"",
                "\"title\":\"Authentication required\"", "\"status\":401", "\"detail\":");
        assertThat(spanish.statusCode()).isEqualTo(401);
        assertThat(spanish.body()).contains("\"title\":\"Se requiere autenticación\"");
        for (var response : List.of(english, spanish)) {
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
            assertThat(response.headers().firstValue("Location")).isEmpty();
        }
    }

    @Test
    void malformedUnknownExpiredAndRevokedTokensAreRefused() {
        var expired = tokens.createToken("liaison.us", "expired " + System.nanoTime(), ApiScope.READ);
        tokens.expire(expired.token().id());
        var revoked = tokens.createToken("liaison.us", "revoked " + System.nanoTime(), ApiScope.READ);
        tokens.revoke("liaison.us", revoked.token().id());
        String unknown = "acc_abcdefghijkl_" + "A".repeat(43);
        String wrongSecret = expired.secret().substring(0, expired.secret().length() - 43) + "B".repeat(43);

        Map<String, String> refusals = Map.of(
                "Bearer not-a-token", "MALFORMED",
                "Basic bGlhaXNvbi51czpwYXNzd29yZA==", "MALFORMED",
                "Bearer " + unknown, "UNKNOWN",
                "Bearer " + wrongSecret, "UNKNOWN",
                "Bearer " + expired.secret(), "EXPIRED",
                "Bearer " + revoked.secret(), "REVOKED");
        refusals.forEach((authorization, reason) -> {
            HttpResponse<String> response = api.getWithAuthorization(ME, authorization);
            assertThat(response.statusCode()).as(reason).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");
            assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        });
        assertThat(auditedRefusal(expired.token().name())).containsEntry("ACTOR", "liaison.us")
                .containsEntry("OUTCOME", "DENIED");
        assertThat((String) auditedRefusal(expired.token().name()).get("DETAILS"))
                .contains("status=401", "reason=EXPIRED", "path=/api/v1/me", "method=GET")
                .doesNotContain(expired.secret());
    }

    @Test
    void readOnlyTokenMayNotChangeAnything() {
        var token = tokens.createToken("liaison.us", "read only " + System.nanoTime(), ApiScope.READ);

        HttpResponse<String> response = api.post(ME, token.secret(), "{}");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("\"type\":\"urn:accord:problem:read-only-token\"", "\"status\":403");
        assertThat(auditedRefusal(token.token().name())).containsEntry("ACTOR", "liaison.us");
        assertThat((String) auditedRefusal(token.token().name()).get("DETAILS")).contains("method=POST", "status=403");
    }

    @Test
    void writeRequestIsAuditedWithItsTokenAndStatus() {
        var token = tokens.createToken("liaison.us", "writer " + System.nanoTime(), ApiScope.READ_WRITE);

        HttpResponse<String> response = api.post(ME, token.secret(), "{}");

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
        var audited = jdbc.queryForMap("select actor, action, target, details from audit_event where action = ? "
                + "and details like ?", "API_REQUEST", "token=" + token.token().name() + ",%");
        assertThat(audited).containsEntry("ACTOR", "liaison.us").containsEntry("TARGET", "POST /api/v1/me");
        assertThat((String) audited.get("DETAILS")).contains("status=405");
    }

    @Test
    void disabledOwnersTokenStopsAtTheNextRequest() {
        var people = new NewPeople(new SignedIn(userDetails), users, referenceData);
        String username = people.liaison("api.", "US-EMB-MX", "a long enough demo passphrase");
        String secret = tokens.create(username, ApiScope.READ);
        assertThat(api.get(ME, secret).statusCode()).isEqualTo(200);

        new SignedIn(userDetails).as("admin.us", () -> users.disable(
                users.page(new org.accord.people.UserFilter(username, null, null, null),
                        org.springframework.data.domain.PageRequest.of(0, 1)).getFirst().id()));

        assertThat(api.get(ME, secret).statusCode()).isEqualTo(401);
    }

    @Test
    void useIsNotedAsLastUsed() {
        var token = tokens.createToken("liaison.us", "used " + System.nanoTime(), ApiScope.READ);

        api.get(ME, token.secret());

        var listed = new SignedIn(userDetails).as("liaison.us", () -> apiTokens.mine()).stream()
                .filter(row -> row.id() == token.token().id()).findFirst().orElseThrow();
        assertThat(listed.lastUsedAt()).isNotNull();
    }

    @Test
    void tokenOverItsRateLimitWaitsForTheNextMinute() {
        String secret = tokens.create("liaison.us", ApiScope.READ);
        int accepted = 0;
        HttpResponse<String> response = null;
        for (int i = 0; i < 200; i++) {
            response = api.get(ME, secret);
            if (response.statusCode() != 200) {
                break;
            }
            accepted++;
        }

        assertThat(accepted).isEqualTo(120);
        assertThat(response.statusCode()).isEqualTo(429);
        assertThat(response.headers().firstValue("Retry-After")).get().asString().matches("[1-9][0-9]?");
        assertThat(response.body()).contains("\"status\":429", "\"type\":\"urn:accord:problem:rate-limited\"");
    }

    private Map<String, Object> auditedRefusal(String tokenName) {
        return jdbc.queryForMap("select actor, outcome, details from audit_event where action = ? and details like ?",
                "API_REFUSED", "token=" + tokenName + ",%");
    }
}
