package org.accord.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Comparator;
import org.accord.PortalTest;
import org.accord.people.Language;
import org.accord.people.MyAccount;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In Chromium: the US executive signs in and lands on the dashboard, reads it in Spanish, opens a chart as a table,
 * and follows a tile to the list it counts, which shows as many rows as the tile said.
 */
@ExtendWith(RequiresChromium.class)
@PortalTest
class DashboardJourneyBrowserTest {

    private static final String EXECUTIVE = "napolitano";
    private static final String DEMO_PERIOD = "2012-Q2";

    @LocalServerPort
    int port;
    @Value("${accord.demo.password}")
    String password;
    @Autowired
    MyAccount myAccount;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcTemplate jdbc;

    private Browser browser;
    private SignedIn signedIn;

    @BeforeEach
    void openBrowserForAnExecutiveWhoReadsEnglish() {
        signedIn = new SignedIn(userDetails);
        prefers(EXECUTIVE, Language.EN);
        browser = Browser.open(URI.create("http://localhost:" + port + "/"));
    }

    @AfterEach
    void closeBrowser() {
        try {
            browser.close();
        } finally {
            prefers(EXECUTIVE, Language.EN);
        }
    }

    @Test
    void executiveSeesTheDashboardInSpanishOpensAChartAsATableAndFollowsATileToItsList() {
        LoginPage.open(browser).signIn(EXECUTIVE, password);
        assertThat(new DashboardPage(browser).awaitShown().heading()).isEqualTo("Where we stand");
        assertThat(browser.currentPath()).isEqualTo("/dashboard");
        // Other tests open periods of their own in later years: the journey follows a link to the demo's period.
        browser.visit("dashboard?period=" + demoPeriod());
        DashboardPage dashboard = new DashboardPage(browser).awaitShown();
        assertThat(dashboard.period()).isEqualTo(DEMO_PERIOD + " (open)");
        assertThat(browser.severeConsoleMessages()).isEmpty();

        new PortalPage(browser).chooseLanguage("Español");
        DashboardPage spanish = new DashboardPage(browser).awaitShown();
        assertThat(spanish.heading()).isEqualTo("Dónde estamos");
        assertThat(spanish.tileTitles()).contains("Hitos a tiempo", "Iniciativas activas por salud",
                "Compromisos sin iniciativa");
        assertThat(spanish.chartTitle("chart-health")).isNotBlank();

        DashboardPage.ChartAsTable table = spanish.showAsTable("chart-health");
        assertThat(table.toggleText()).isEqualTo("Ver como gráfica");
        assertThat(table.pressed()).isEqualTo("true");
        assertThat(table.caption()).isEqualTo(spanish.chartTitle("chart-health"));
        assertThat(table.rows()).isPositive();
        assertThat(table.svgShown()).isFalse();

        DashboardPage.Figure figure = spanish.healthLinks().stream()
                .max(Comparator.comparingInt(DashboardPage.Figure::number)).orElseThrow();
        assertThat(figure.number()).as("the demo has active initiatives in some health").isPositive();
        int rows = spanish.follow(figure, "initiatives-grid");
        assertThat(browser.currentPath()).isEqualTo("/initiatives");
        assertThat(rows).as("rows of " + figure.href()).isEqualTo(figure.number());
        assertThat(browser.severeConsoleMessages()).isEmpty();

        new PortalPage(browser).chooseLanguage("English");
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    private long demoPeriod() {
        return jdbc.queryForObject("SELECT id FROM reporting_period WHERE code = ?", Long.class, DEMO_PERIOD);
    }

    private void prefers(String username, Language language) {
        signedIn.as(username, () -> myAccount.changeLanguage(language));
    }
}
