package org.accord.portal.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.AccordApplication;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.portal.config.DatabaseOutage;
import org.accord.testsupport.Health;
import org.accord.testsupport.SignedIn;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The database going away while the portal runs: a portal node of its own, whose database connection goes
 * through a TCP proxy that the test cuts and restores. On the database the tests run on (MariaDB in CI), else on
 * an H2 server. Its own application context, closed afterwards; the JVM-wide security context strategy is given
 * back to the shared test context.
 */
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTest {

    private static final String PASSWORD = "accord-demo-2012";
    private static final String MESSAGE_EN = "The portal cannot reach its database. Your work is not lost; try again"
            + " in a minute.";
    private static final String MESSAGE_ES = "El portal no puede conectar con su base de datos. Su trabajo no se ha"
            + " perdido; inténtelo de nuevo en un minuto.";
    private static final Pattern MYSQL_URL = Pattern.compile("jdbc:(mysql|mariadb)://([^:/?]+)(?::(\\d+))?/([^?]*)(\\?.*)?");

    private static Server h2;
    private static DatabaseProxy proxy;
    private static ConfigurableApplicationContext node;
    private static int port;
    private static int managementPort;
    private static SecurityContextHolderStrategy sharedStrategy;

    @BeforeAll
    static void startANodeBehindTheProxy() throws Exception {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        List<String> arguments = new ArrayList<>(List.of("--server.port=0", "--management.server.port=0",
                "--accord.demo=true",
                "--accord.notifications.scheduling=false", "--spring.main.banner-mode=off",
                // Every request reads the session's security stamp, as it does once the check interval has passed.
                "--accord.security.session-check-interval=0s"));
        String url = System.getenv("SPRING_DATASOURCE_URL");
        Matcher mysql = url == null ? null : MYSQL_URL.matcher(url);
        if (mysql != null && mysql.matches()) {
            // The tests' own database, shared with the first node as a second node would: CI may create no other.
            String database = mysql.group(4);
            int target = mysql.group(3) == null ? 3306 : Integer.parseInt(mysql.group(3));
            proxy = new DatabaseProxy(mysql.group(2), target);
            arguments.add("--spring.datasource.url=jdbc:" + mysql.group(1) + "://127.0.0.1:" + proxy.port() + "/"
                    + database + (mysql.group(5) == null ? "" : mysql.group(5)));
        } else {
            h2 = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
            proxy = new DatabaseProxy("127.0.0.1", h2.getPort());
            arguments.addAll(List.of("--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:" + proxy.port() + "/mem:outage-"
                            + UUID.randomUUID() + ";MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE;DB_CLOSE_DELAY=-1",
                    "--spring.datasource.username=sa", "--spring.datasource.password=",
                    "--accord.database.product=h2"));
        }
        node = new SpringApplicationBuilder(AccordApplication.class).run(arguments.toArray(String[]::new));
        port = ((WebServerApplicationContext) node).getWebServer().getPort();
        managementPort = node.getEnvironment().getRequiredProperty("local.management.port", Integer.class);
    }

    @AfterAll
    static void stopTheNode() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
            if (proxy != null) {
                proxy.close();
            }
            if (h2 != null) {
                h2.stop();
            }
        } finally {
            SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
        }
    }

    @AfterEach
    void databaseBack() throws Exception {
        proxy.restore();
        var jdbc = node.getBean(JdbcTemplate.class);
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            try {
                jdbc.queryForObject("select count(*) from user_account", Long.class);
                return;
            } catch (RuntimeException stillBroken) {
                assertThat(Instant.now()).as("the node's connections recover").isBefore(deadline);
                Thread.sleep(200);
            }
        }
    }

    @Test
    void signingInWhileTheDatabaseIsAwaySaysSoWithinFiveSecondsInTheUsersLanguage(CapturedOutput output) {
        assertThat(signIn(new PortalClient(port), "pm.us")).as("before the outage").doesNotContain("error");
        proxy.cut();

        Instant start = Instant.now();
        String target = signIn(new PortalClient(port), "pm.us");

        assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
        assertThat(target).endsWith("/login?unavailable");
        assertThat(page(new PortalClient(port, "en"), "/login?unavailable")).contains(MESSAGE_EN);
        assertThat(page(new PortalClient(port, "es-MX"), "/login?unavailable")).contains(MESSAGE_ES);
        assertThat(output.getAll()).contains("A sign-in from 127.0.0.1 could not be checked or audited: the database is"
                + " unavailable").doesNotContain("An internal error occurred");
    }

    @Test
    void readinessFailsWhileTheDatabaseIsAwayAndLivenessHolds() {
        var probes = new PortalClient(managementPort);
        assertThat(probes.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        proxy.cut();

        HttpResponse<String> readiness = probes.get("/actuator/health/readiness");
        assertThat(readiness.statusCode()).as("the load balancer takes the node out").isEqualTo(503);
        assertThat(Health.of(readiness.body(), "db")).isEqualTo("DOWN");
        assertThat(probes.get("/actuator/health/liveness").statusCode()).as("no restart for it").isEqualTo(200);
    }

    @Test
    void aWrongPasswordStillSaysWrongPasswordAndNotTheDatabase() {
        String target = new PortalClient(port).login("pm.us", "not the password").headers()
                .firstValue("Location").orElseThrow();

        assertThat(target).endsWith("/login?error");
        assertThat(page(new PortalClient(port), "/login?error")).doesNotContain(MESSAGE_EN);
        assertThat(new PortalClient(port).get("/login").body()).as("Vaadin's sign-in page, not Spring Security's")
                .doesNotContain("Please sign in");
    }

    @Test
    void aViewOpenedWhileTheDatabaseIsAwayShowsTheMessageAndNoStackTrace() {
        var client = new PortalClient(port);
        assertThat(signIn(client, "liaison.us")).doesNotContain("error");
        proxy.cut();

        HttpResponse<String> home = client.view("/my-tasks");

        assertThat(home.body()).contains(MESSAGE_EN).doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aSaveCutHalfWayLeavesNothingAndThePortalRecoversWithoutARestart() throws Exception {
        var users = node.getBean(UserAdministration.class);
        var signedIn = new SignedIn(node.getBean(UserDetailsService.class));
        var jdbc = node.getBean(JdbcTemplate.class);
        UserDraft draft = signedIn.as("admin.us", () -> draft(node.getBean(ReferenceData.class)));

        proxy.cutWhenSent("into audit_event");
        Throwable failure = catchThrowable(() -> signedIn.as("admin.us", () -> users.save(draft)));

        assertThat(proxy.isCut()).as("cut after the user's rows were sent, before the audit row").isTrue();
        assertThat(DatabaseOutage.isCause(failure)).as(String.valueOf(failure)).isTrue();
        proxy.restore();
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class,
                draft.getUsername())).as("nothing half-saved").isZero();

        signedIn.as("admin.us", () -> users.save(draft));
        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class,
                draft.getUsername())).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'USER_CREATED' and target = ?",
                Long.class, draft.getUsername())).isEqualTo(1);
        assertThat(signInOnceBack(new PortalClient(port), draft.getUsername())).as("sign-in works again")
                .doesNotContain("error").doesNotContain("unavailable");
    }

    @Test
    void afterTheOutageSigningInWorksAgainWithoutARestart() throws Exception {
        proxy.cut();
        assertThat(signIn(new PortalClient(port), "pm.mx")).endsWith("/login?unavailable");

        proxy.restore();

        var client = new PortalClient(port);
        assertThat(signInOnceBack(client, "pm.mx")).doesNotContain("error").doesNotContain("unavailable");
        assertThat(client.view("/my-tasks").body()).as("pm.mx reads Spanish").doesNotContain(MESSAGE_ES)
                .contains("Mis tareas");
    }

    /**
     * Signs in, again after a pause while the portal says the database is away: a connection that was open during
     * the outage fails once and leaves the pool, one unused for half a second is checked before use.
     */
    private static String signInOnceBack(PortalClient client, String username) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(10);
        while (true) {
            Instant start = Instant.now();
            String target = signIn(client, username);
            assertThat(Duration.between(start, Instant.now())).isLessThan(Duration.ofSeconds(5));
            if (!target.endsWith("/login?unavailable") || Instant.now().isAfter(deadline)) {
                return target;
            }
            Thread.sleep(600);
        }
    }

    private static String signIn(PortalClient client, String username) {
        String password = username.startsWith("outage.") ? "an outage test passphrase" : PASSWORD;
        return client.login(username, password).headers().firstValue("Location").orElseThrow();
    }

    private static String page(PortalClient client, String path) {
        HttpResponse<String> response = client.view(path);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    private static UserDraft draft(ReferenceData referenceData) {
        var draft = new UserDraft();
        String username = "outage." + Long.toString(System.nanoTime(), 36);
        draft.setUsername(username);
        draft.setDisplayName("Outage test " + username);
        draft.setEmail(username + "@example.org");
        var agency = referenceData.agencies().stream().filter(a -> a.getCode().equals("CBP")).findFirst().orElseThrow();
        draft.setParty(agency.getParty());
        draft.setAgency(agency);
        draft.setLanguage(Language.EN);
        draft.setRoles(Set.of(Role.LIAISON, Role.OVERSIGHT_LEAD));
        draft.setInitialPassword("an outage test passphrase");
        return draft;
    }
}
