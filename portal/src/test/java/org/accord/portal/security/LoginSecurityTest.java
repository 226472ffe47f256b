package org.accord.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.accord.people.Agency;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.accord.PortalTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Signing in over real HTTP: redirects, lockout, audit rows, session fixation, headers. */
@PortalTest
class LoginSecurityTest {

    private static final String PASSWORD = "a long enough demo passphrase";

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/admin/users", "/account", "/no-such-page", "/my-tasks", "/tasks/1", "/tasks/new?initiative=1"})
    void anonymousUserIsSentToLogin(String path) {
        HttpResponse<String> response = new PortalClient(port).get(path);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void missingThemeFileAnswersAnErrorInsteadOfALoginRedirect() {
        // 404 in production mode; Vaadin's development server answers 500 for a missing theme file.
        assertThat(new PortalClient(port).get("/themes/accord/no-such-file.css").statusCode()).isBetween(404, 500);
    }

    @Test
    void loginPageAndThemeAreServedWithSecurityHeaders() {
        var client = new PortalClient(port);
        HttpResponse<String> login = client.get("/login");
        HttpResponse<String> css = client.get("/themes/accord/styles.css");

        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).get().asString().startsWith("text/css");
        for (var response : java.util.List.of(login, css)) {
            assertThat(response.headers().firstValue("Content-Security-Policy")).get().asString()
                    .contains("frame-ancestors 'none'", "default-src 'self'", "object-src 'none'");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
            assertThat(response.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        }
    }

    @Test
    void successfulLoginChangesTheSessionIdAndIsAudited() {
        String username = newUser();
        var client = new PortalClient(port);
        client.get("/login");
        String before = client.sessionId();

        HttpResponse<String> response = client.login(username, PASSWORD);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().doesNotContain("error");
        assertThat(client.sessionId()).isNotNull().isNotEqualTo(before);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        assertThat(audit(username, "LOGIN_SUCCESS")).isEqualTo(1);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountForFifteenMinutes() {
        String username = newUser();
        var client = new PortalClient(port);

        for (int attempt = 1; attempt <= 5; attempt++) {
            HttpResponse<String> response = client.login(username, "wrong password " + attempt);
            assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        }
        HttpResponse<String> correctButLocked = client.login(username, PASSWORD);

        assertThat(correctButLocked.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        assertThat(audit(username, "LOGIN_FAILURE")).isEqualTo(6);
        assertThat(audit(username, "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ? "
                + "and locked_until > current_timestamp", Long.class, username)).isEqualTo(1);
    }

    @Test
    void twentyParallelWrongPasswordsLockTheAccountOnceAndAreAllAudited() throws Exception {
        String username = newUser();

        List<HttpResponse<String>> responses;
        try (ExecutorService threads = Executors.newFixedThreadPool(20)) {
            var attempts = IntStream.rangeClosed(1, 20).mapToObj(attempt -> threads.submit(
                    () -> new PortalClient(port).login(username, "wrong password " + attempt))).toList();
            responses = new ArrayList<>();
            for (var attempt : attempts) {
                responses.add(attempt.get(60, TimeUnit.SECONDS));
            }
        }

        assertThat(responses).allSatisfy(response -> {
            assertThat(response.statusCode()).isEqualTo(302);
            assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
        });
        assertThat(audit(username, "LOGIN_FAILURE")).isEqualTo(20);
        assertThat(audit(username, "ACCOUNT_LOCKED")).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ? "
                + "and locked_until > current_timestamp", Long.class, username)).isEqualTo(1);
        assertThat(new PortalClient(port).login(username, PASSWORD).headers().firstValue("Location")).get()
                .asString().endsWith("/login?error");
    }

    @Test
    void administratorsOpenEditOfAUserStillSavesAfterTheUserSignsIn() {
        String username = newUser();
        UserDraft[] draft = new UserDraft[1];
        asAdmin(() -> draft[0] = users.edit(idOf(username)));

        new PortalClient(port).login(username, "wrong password");
        new PortalClient(port).login(username, "wrong password again");
        new PortalClient(port).login(username, PASSWORD);
        new PortalClient(port).login(username, "wrong password after success");
        draft[0].setDisplayName("Renamed while signing in " + username);
        asAdmin(() -> users.save(draft[0]));

        assertThat(jdbc.queryForObject("select display_name from user_account where username = ?", String.class,
                username)).isEqualTo("Renamed while signing in " + username);
        assertThat(jdbc.queryForObject("select failed_logins from user_account where username = ?", Integer.class,
                username)).isEqualTo(1);
    }

    @Test
    void unknownUserGetsTheSameAnswerAsAWrongPassword() {
        String username = newUser();
        HttpResponse<String> unknown = new PortalClient(port).login("nobody-" + username, PASSWORD);
        HttpResponse<String> wrong = new PortalClient(port).login(username, "not the password");

        assertThat(unknown.statusCode()).isEqualTo(wrong.statusCode());
        assertThat(unknown.headers().firstValue("Location")).isEqualTo(wrong.headers().firstValue("Location"));
    }

    @Test
    void disabledUserCannotSignIn() {
        String username = newUser();
        asAdmin(() -> users.disable(idOf(username)));

        HttpResponse<String> response = new PortalClient(port).login(username, PASSWORD);

        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    }

    @Test
    void disablingAUserEndsTheirOpenSession() {
        String username = newUser();
        var client = new PortalClient(port);
        client.login(username, PASSWORD);
        assertThat(client.get("/").statusCode()).isEqualTo(200);

        asAdmin(() -> users.disable(idOf(username)));

        HttpResponse<String> next = client.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    private String newUser() {
        String username = "sec." + Long.toString(System.nanoTime(), 36);
        asAdmin(() -> {
            UserDraft draft = new UserDraft();
            draft.setUsername(username);
            draft.setDisplayName("Security test " + username);
            draft.setEmail(username + "@example.org");
            Agency agency = referenceData.agencies().stream().filter(a -> a.getCode().equals("CBP")).findFirst().orElseThrow();
            draft.setParty(agency.getParty());
            draft.setAgency(agency);
            draft.setLanguage(Language.EN);
            draft.setRoles(Set.of(Role.LIAISON));
            draft.setInitialPassword(PASSWORD);
            users.save(draft);
        });
        return username;
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private long audit(String username, String action) {
        return jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = ?", Long.class,
                username, action);
    }

    private static void asAdmin(Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin.us", null, java.util.List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
