package org.accord.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accord.AccordApplication;
import org.accord.PortalTest;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.portal.security.PortalClient;
import org.accord.task.Tasks;
import org.accord.testsupport.NewPeople;
import org.accord.testsupport.SignedIn;
import org.h2.tools.Server;
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

    private static Process other;
    private static int otherPort;
    private static Server h2;
    private static Path log;

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
        if (other != null) {
            return;
        }
        try (var free = new ServerSocket(0)) {
            otherPort = free.getLocalPort();
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.profiles.active=test", "-Dtest.mail.port=" + System.getProperty("test.mail.port", "39025"),
                "-cp", System.getProperty("java.class.path"), AccordApplication.class.getName(),
                "--server.port=" + otherPort, "--management.server.port=0", "--spring.main.banner-mode=off"));
        if (System.getenv("SPRING_DATASOURCE_URL") == null) {
            // The tests' in-memory H2 database, served to the other process by this one.
            h2 = Server.createTcpServer("-tcpPort", "0").start();
            command.add("--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + h2.getPort()
                    + "/mem:accord-test;MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE");
        }
        log = Files.createTempFile("accord-other-node", ".log");
        other = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!serves(otherPort)) {
            assertThat(other.isAlive()).as("the other node runs; its log: " + log).isTrue();
            assertThat(Instant.now()).as("the other node starts; its log: " + log).isBefore(deadline);
            Thread.sleep(500);
        }
    }

    @AfterAll
    static void stopTheOtherNode() throws Exception {
        try {
            if (other != null) {
                other.destroy();
                if (!other.waitFor(30, TimeUnit.SECONDS)) {
                    other.destroyForcibly();
                }
            }
        } finally {
            if (h2 != null) {
                h2.stop();
            }
        }
    }

    private static boolean serves(int port) {
        try {
            return new PortalClient(port).get("/login").statusCode() == 200;
        } catch (IllegalStateException notYet) {
            return false;
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
        return otherPort;
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
