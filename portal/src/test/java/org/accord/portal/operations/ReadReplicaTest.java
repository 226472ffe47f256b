package org.accord.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.PortalTest;
import org.accord.portal.security.PortalClient;
import org.accord.testsupport.Health;
import org.accord.testsupport.OtherNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A node with a read replica (operations.md "Read replica"): a copy of the test database taken before the node
 * starts, in which every initiative's title ends in {@value #ON_THE_REPLICA} and one update of 2012-Q2 is returned,
 * stands in for a replica that lags. What the node's exports and dashboard show comes from the copy; its program
 * managers' screens read the primary.
 */
@PortalTest
class ReadReplicaTest {

    private static final String ON_THE_REPLICA = " [replica copy]";

    private static ReplicaCopy replica;
    private static OtherNode node;
    private static long initiative;
    private static String title;

    @Autowired
    JdbcTemplate jdbc;
    @Value("${accord.demo.password}")
    String demoPassword;

    /** Once the shared context's database exists: before the first test, not before the class. */
    @BeforeEach
    void startANodeWithAReplica() throws Exception {
        if (node != null) {
            return;
        }
        initiative = jdbc.queryForObject("SELECT MIN(id) FROM initiative WHERE code LIKE 'DOP-%'", Long.class);
        title = jdbc.queryForObject("SELECT title_en FROM initiative WHERE id = ?", String.class, initiative);
        replica = ReplicaCopy.of(jdbc);
        replica.update("UPDATE {db}initiative SET title_en = CONCAT(title_en, ?) WHERE CHAR_LENGTH(title_en) < 280",
                ON_THE_REPLICA);
        replica.update("UPDATE {db}progress_update SET state = 'RETURNED' WHERE id = (SELECT MIN(u.id) FROM"
                + " {db}progress_update u JOIN {db}reporting_period p ON p.id = u.period_id WHERE p.code = '2012-Q2')");
        node = OtherNode.start("--accord.datasource.read.url=" + replica.url());
    }

    @AfterAll
    static void stopTheNodeAndDropTheCopy() throws Exception {
        try {
            if (node != null) {
                node.close();
            }
        } finally {
            if (replica != null) {
                replica.close();
            }
        }
    }

    @Test
    void theInitiativePageOfAProgramManagerReadsThePrimary() {
        var session = signedIn("pm.us");
        String page = session.view("/initiatives/" + initiative).body();
        assertThat(page).contains(json(title)).doesNotContain(ON_THE_REPLICA);
    }

    @Test
    void anExportOfTheInitiativesListReadsTheReplica() throws Exception {
        var session = signedIn("pm.us");
        String export = address(session.view("/initiatives").body(), "initiatives-export-csv");
        HttpResponse<String> csv = session.get("/" + export);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).contains(title + ON_THE_REPLICA);
    }

    @Test
    void theDashboardOfAnExecutiveReadsTheReplica() {
        long period = jdbc.queryForObject("SELECT id FROM reporting_period WHERE code = '2012-Q2'", Long.class);
        String dashboard = signedIn("napolitano").view("/dashboard?period=" + period).body();
        assertThat(dashboard).contains(ON_THE_REPLICA);
    }

    @Test
    void theReplicaIsInTheNodesHealthButNotInItsReadiness() throws Exception {
        String health = actuator("/actuator/health");
        assertThat(Health.of(health, "readReplica")).isEqualTo("UP");
        assertThat(actuator("/actuator/health/readiness")).doesNotContain("readReplica");
    }

    private PortalClient signedIn(String username) {
        var session = new PortalClient(node.port());
        session.login(username, demoPassword);
        return session;
    }

    private static String actuator(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + node.managementPort() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.body();
    }

    /** Where the link with {@code id} in Vaadin's JSON answer leads. */
    private static String address(String answer, String id) {
        Matcher node = Pattern.compile("\"node\":(\\d+),\"type\":\"put\",\"key\":\"id\",\"feat\":\\d+,\"value\":\""
                + Pattern.quote(id) + "\"").matcher(answer);
        assertThat(node.find()).as("the answer has " + id).isTrue();
        Matcher href = Pattern.compile("\"node\":" + node.group(1)
                + ",\"type\":\"put\",\"key\":\"href\",\"feat\":\\d+,\"value\":\\{\"uri\":\"([^\"]+)\"").matcher(answer);
        assertThat(href.find()).as(id + " links somewhere").isTrue();
        return href.group(1);
    }

    /** How a text is written in Vaadin's JSON answer. */
    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
