package org.accord.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.accord.PortalTest;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.portal.security.PortalClient;
import org.accord.task.Tasks;
import org.accord.testsupport.NewPeople;
import org.accord.testsupport.OtherNode;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Two portal nodes on one database, as behind a load balancer: the shared test context is one, a second portal
 * in a process of its own on the same database the other, reached over HTTP as a load balancer would. What one saves the other shows, a person disabled on one is signed out on the other, and a
 * lockout on one holds on the other.
 */
@PortalTest
class TwoNodesTest {

    private static final String PASSWORD = "two nodes, one database";

    private static OtherNode other;

    @LocalServerPort
    int port;
    @Autowired
    Tasks tasks;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    UserAdministration users;
    @Value("${accord.demo.password}")
    String demoPassword;

    /** Once this node runs (its in-memory H2 database exists then): before the first test, not before the class. */
    @BeforeEach
    void startTheOtherNode() throws Exception {
        if (other == null) {
            other = OtherNode.start();
        }
    }

    @AfterAll
    static void stopTheOtherNode() throws Exception {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void aCommentSavedOnThisNodeIsOnTheTaskPageTheOtherNodeServes() {
        long task = jdbc.queryForObject("select min(t.id) from task t join user_account u on u.id = t.assignee_id"
                + " where u.username = 'liaison.mx'", Long.class);
        String body = "Written on the first node " + System.nanoTime();
        new SignedIn(userDetails).as("liaison.mx", () -> tasks.comment(task, false, body));

        var there = new PortalClient(otherPort());
        there.login("liaison.mx", demoPassword);
        assertThat(there.view("/tasks/" + task).body()).contains(body);
    }

    @Test
    void aPersonDisabledOnThisNodeIsSignedOutOnTheOtherWithinTheCheckInterval() {
        String username = new NewPeople(new SignedIn(userDetails), users, referenceData)
                .liaison("node.", "CBP", PASSWORD);
        var there = new PortalClient(otherPort());
        there.login(username, PASSWORD);
        assertThat(there.get("/").statusCode()).as("signed in on the other node").isEqualTo(200);

        long id = jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
        new SignedIn(userDetails).as("admin.us", () -> users.disable(id));

        HttpResponse<String> next = firstAnswerThatIsNotThePage(there);
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location")).get().asString().endsWith("/login");
    }

    @Test
    void aLockoutAfterWrongPasswordsOnTheOtherNodeHoldsOnThisOne() {
        String username = new NewPeople(new SignedIn(userDetails), users, referenceData)
                .liaison("node.", "CBP", PASSWORD);
        for (int attempt = 0; attempt < 5; attempt++) {
            new PortalClient(otherPort()).login(username, "not the password");
        }
        HttpResponse<String> here = new PortalClient(port).login(username, PASSWORD);
        assertThat(here.headers().firstValue("Location")).get().asString().endsWith("/login?error");
    }

    @Test
    void theOtherNodeServesThePortalOnAPortOfItsOwn() {
        assertThat(otherPort()).isNotEqualTo(port);
        assertThat(new PortalClient(otherPort()).get("/login").statusCode()).isEqualTo(200);
    }

    private static int otherPort() {
        return other.port();
    }

    /** Tries for three check intervals (5 s each): the stamp is read again once the interval has passed. */
    private static HttpResponse<String> firstAnswerThatIsNotThePage(PortalClient session) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        HttpResponse<String> response = session.get("/");
        while (response.statusCode() == 200 && Instant.now().isBefore(deadline)) {
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            response = session.get("/");
        }
        return response;
    }
}
