package org.accord.portal.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.accord.PortalTest;
import org.accord.people.Agency;
import org.accord.people.Language;
import org.accord.people.MyAccount;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.apache.catalina.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** A change of rights or password ends the user's other sessions, over real HTTP, on every node. */
@PortalTest
class SessionEndingTest {

    private static final String PASSWORD = "a long enough demo passphrase";

    @LocalServerPort
    int port;
    @Autowired
    UserAdministration users;
    @Autowired
    MyAccount myAccount;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ServletWebServerApplicationContext server;

    @AfterEach
    void forgetWhoIsSignedIn() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void roleChangeSendsTheUsersOtherSessionToLogin() {
        String username = newUser();
        PortalClient session = signedIn(username);

        asAdmin(() -> {
            UserDraft draft = users.edit(idOf(username));
            draft.setRoles(Set.of(Role.LIAISON, Role.OVERSIGHT_LEAD));
            users.save(draft);
        });

        assertSentToLogin(session.get("/"));
    }

    @Test
    void passwordResetSendsTheUsersSessionsToLogin() {
        String username = newUser();
        PortalClient first = signedIn(username);
        PortalClient second = signedIn(username);

        asAdmin(() -> users.resetPassword(idOf(username), "a reset passphrase for the user"));

        assertSentToLogin(first.get("/"));
        assertSentToLogin(second.get("/"));
    }

    @Test
    void ownPasswordChangeKeepsTheCurrentSessionAndEndsTheOther() {
        String username = newUser();
        PortalClient current = signedIn(username);
        PortalClient other = signedIn(username);

        inSessionOf(current, username, () -> myAccount.changePassword(PASSWORD, "my own new passphrase"));

        assertThat(current.get("/").statusCode()).isEqualTo(200);
        assertSentToLogin(other.get("/"));
        assertThat(current.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void changeOfNothingButTheNameKeepsTheSession() {
        String username = newUser();
        PortalClient session = signedIn(username);

        asAdmin(() -> {
            UserDraft draft = users.edit(idOf(username));
            draft.setDisplayName("Renamed " + username);
            users.save(draft);
        });

        assertThat(session.get("/").statusCode()).isEqualTo(200);
    }

    @Test
    void changeMadeOnAnotherNodeEndsTheSessionWithinTheCheckInterval() {
        String username = newUser();
        PortalClient session = signedIn(username);

        // Another node changed the account: only the database knows.
        jdbc.update("update user_account set security_stamp = security_stamp + 1 where username = ?", username);

        assertSentToLogin(nextRequestAfterTheCheckInterval(session));
    }

    @Test
    void userDisabledOnAnotherNodeIsSignedOutHereWithinTheCheckInterval() {
        String username = newUser();
        PortalClient session = signedIn(username);

        jdbc.update("update user_account set enabled = false where username = ?", username);

        assertSentToLogin(nextRequestAfterTheCheckInterval(session));
    }

    /** The first answer that is no longer the page, trying for three check intervals (5 s each). */
    private static HttpResponse<String> nextRequestAfterTheCheckInterval(PortalClient session) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        HttpResponse<String> response = session.get("/");
        while (response.statusCode() == 200 && Instant.now().isBefore(deadline)) {
            pause();
            response = session.get("/");
        }
        return response;
    }

    @Test
    void vaadinRequestOfAnEndedSessionIsAnsweredSessionExpiredSoTheClientReloadsToLogin() {
        String username = newUser();
        PortalClient session = signedIn(username);

        asAdmin(() -> users.resetPassword(idOf(username), "a reset passphrase for the user"));

        HttpResponse<String> uidl = session.postJson("/?v-r=uidl&v-uiId=0",
                "{\"csrfToken\":\"none\",\"rpc\":[],\"syncId\":0,\"clientId\":0}");
        assertThat(uidl.body()).contains("\"sessionExpired\":true");
        assertSentToLogin(session.get("/"));
    }

    private PortalClient signedIn(String username) {
        var client = new PortalClient(port);
        client.login(username, PASSWORD);
        assertThat(client.get("/").statusCode()).isEqualTo(200);
        return client;
    }

    private static void assertSentToLogin(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    /** Runs the work as a request of that client's session would: the portal's own session is the real one. */
    private void inSessionOf(PortalClient client, String username, Runnable work) {
        var request = new MockHttpServletRequest();
        request.setSession(httpSession(client.sessionId()));
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_LIAISON"))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
            RequestContextHolder.resetRequestAttributes();
        }
    }

    private HttpSession httpSession(String id) {
        var tomcat = ((TomcatWebServer) server.getWebServer()).getTomcat();
        var context = (Context) tomcat.getHost().findChildren()[0];
        try {
            return context.getManager().findSession(id).getSession();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private String newUser() {
        String username = "ses." + Long.toString(System.nanoTime(), 36);
        asAdmin(() -> {
            UserDraft draft = new UserDraft();
            draft.setUsername(username);
            draft.setDisplayName("Session test " + username);
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

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void asAdmin(Runnable work) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin.us", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
        try {
            work.run();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
