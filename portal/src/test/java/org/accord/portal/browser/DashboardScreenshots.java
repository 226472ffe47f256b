package org.accord.portal.browser;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.accord.PortalTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Writes the user guide's dashboard screenshots, {@code docs/dashboard.png} (the US program manager, English) and
 * {@code docs/tablero.png} (the Mexican executive, Spanish), from the demo data. Not part of {@code verify}:
 * {@code ./mvnw -pl portal -am test -Dtest=DashboardScreenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@ExtendWith(RequiresChromium.class)
@PortalTest
class DashboardScreenshots {

    private static final Path DOCS = Path.of(System.getProperty("accord.docs", "../docs"));

    @LocalServerPort
    int port;
    @Value("${accord.demo.password}")
    String password;

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
    void writesTheDashboardInEnglishAndInSpanish() throws Exception {
        Files.createDirectories(DOCS);
        LoginPage.open(browser).signIn("pm.us", password);
        new DashboardPage(browser).awaitShown().screenshot(DOCS.resolve("dashboard.png"));
        new PortalPage(browser).signOut();

        LoginPage.open(browser).signIn("meade", password);
        new DashboardPage(browser).awaitShown().screenshot(DOCS.resolve("tablero.png"));
    }
}
