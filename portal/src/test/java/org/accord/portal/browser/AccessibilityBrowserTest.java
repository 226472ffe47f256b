package org.accord.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In Chromium, axe-core on every route for each role: a page may show its view or say it is not allowed, but it may
 * not have a critical, serious or moderate finding. And the main lists hold still while they load.
 */
@ExtendWith(RequiresChromium.class)
@PortalTest
class AccessibilityBrowserTest {

    /** Lighthouse's threshold of a good cumulative layout shift. */
    private static final double GOOD_LAYOUT_SHIFT = 0.1;

    @LocalServerPort
    int port;
    @Value("${accord.demo.password}")
    String password;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(URI.create("http://localhost:" + port + "/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void signInPageHasNoFinding() {
        LoginPage.open(browser);
        browser.awaitQuiet();
        assertThat(Accessibility.findings(browser)).isEmpty();
        assertThat(Accessibility.layoutShift(browser)).isLessThan(GOOD_LAYOUT_SHIFT);
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"pm.mx", "napolitano", "liaison.mx", "bersin", "admin.us"})
    void everyRouteHasNoFinding(String username) {
        LoginPage.open(browser).signIn(username, password);
        List<String> findings = new ArrayList<>();
        for (String route : routes(username)) {
            show(route);
            findings.addAll(Accessibility.findings(browser));
        }
        assertThat(findings).isEmpty();
    }

    @ParameterizedTest(name = "as {0}")
    @ValueSource(strings = {"pm.us", "napolitano", "liaison.mx"})
    void mainListsHoldStillWhileTheyLoad(String username) {
        LoginPage.open(browser).signIn(username, password);
        Map<String, Double> shifts = new LinkedHashMap<>();
        for (String route : List.of("", "dashboard", "my-tasks", "agreements", "initiatives", "milestones", "tasks",
                "updates", "reports")) {
            show(route);
            shifts.put("/" + route, Accessibility.layoutShift(browser));
        }
        assertThat(shifts).allSatisfy((route, shift) -> assertThat(shift).as(route).isLessThan(GOOD_LAYOUT_SHIFT));
    }

    /** Loads the page afresh, as a bookmark or a link from an e-mail would, and waits until it is drawn. */
    private void show(String route) {
        browser.visit(route);
        new PortalPage(browser).awaitShown();
        browser.awaitQuiet();
    }

    private List<String> routes(String username) {
        long party = jdbc.queryForObject("select party_id from user_account where username = ?", Long.class, username);
        long agreement = jdbc.queryForObject("select min(id) from agreement", Long.class);
        long initiative = jdbc.queryForObject("select min(id) from initiative", Long.class);
        long task = jdbc.queryForObject("select min(id) from task where party_id = ? and internal = false",
                Long.class, party);
        return List.of("", "dashboard", "worklist", "my-tasks", "agreements", "agreements/" + agreement,
                "initiatives", "initiatives/" + initiative, "initiatives/edit", "initiatives/edit/" + initiative,
                "milestones", "tasks", "tasks/new", "tasks/" + task, "updates", "periods", "reports",
                "reports/verify", "admin/users", "admin/agencies", "admin/service-accounts", "admin/outbox", "audit", "account", "notifications");
    }
}
