package org.accord.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.net.URI;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A program manager creates an initiative and assigns both leads in a real Chromium; the US lead then sees it. */
@ExtendWith(RequiresChromium.class)
@PortalTest
class InitiativeJourneyBrowserTest {

    @LocalServerPort
    int port;
    @Value("${accord.demo.password}")
    String password;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    private Browser browser;
    private String agreementCode;

    @BeforeEach
    void agreementToImplement() {
        long agreementId = new SignedIn(userDetails).as("pm.us",
                () -> new PortfolioFixture(agreements, referenceData, jdbc).agreementWithTwoCommitments()[0]);
        agreementCode = jdbc.queryForObject("select code from agreement where id = ?", String.class, agreementId);
        browser = Browser.open(URI.create("http://localhost:" + port + "/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void programManagerCreatesAnInitiativeWithBothLeadsAndTheLeadSeesIt() {
        String code = PortfolioFixture.unique("BRW-");
        LoginPage.open(browser).signIn("pm.us", password);

        InitiativeFormPage.open(browser)
                .type("initiative-code", code)
                .type("initiative-title-en", "Cargo risk management")
                .type("initiative-title-es", "Gestión de riesgos de carga")
                .choose("initiative-commitments", agreementCode, agreementCode + " · 2")
                .choose("lead-agency-US", "CBP", "CBP")
                .choose("lead-US", "Bersin", "Alan Bersin")
                .choose("lead-agency-MX", "ADUANAS", "ADUANAS")
                .choose("lead-MX", "Coordinación de Aduanas", "Coordinación de Aduanas")
                .save();
        assertThat(browser.severeConsoleMessages()).isEmpty();
        new PortalPage(browser).signOut();

        LoginPage.open(browser).signIn("bersin", password);
        browser.visit("initiatives?q=" + code);
        browser.await(textToBePresentInElementLocated(By.id("initiatives-grid"), code));
        browser.driver().findElement(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + code + "']")).click();
        browser.await(visibilityOfElementLocated(By.id("initiative-view")));
        browser.await(textToBePresentInElementLocated(By.id("initiative-overview"), "Alan Bersin"));
        assertThat(browser.driver().findElement(By.id("initiative-overview")).getText())
                .contains("Cargo risk management", "Coordinación de Aduanas", "CBP", "ADUANAS");
        assertThat(browser.driver().findElements(By.id("initiative-update-progress"))).isNotEmpty();
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
