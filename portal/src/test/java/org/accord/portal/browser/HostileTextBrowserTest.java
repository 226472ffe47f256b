package org.accord.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.net.URI;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A stored script or image-with-onerror title is shown as text on the initiative's page, and nothing of it runs. */
@ExtendWith(RequiresChromium.class)
@PortalTest
class HostileTextBrowserTest {

    private static final String TITLE = "<script>window.hostileRan='title';alert(1)</script>";
    private static final String DESCRIPTION = "<img src=x onerror=\"window.hostileRan='description';alert(2)\">";
    private static final String NOTE = "<svg onload=\"window.hostileRan='note'\"></svg> & \"quotes\"";

    @LocalServerPort
    int port;
    @Value("${accord.demo.password}")
    String password;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    private Browser browser;
    private long initiativeId;

    @BeforeEach
    void initiativeWithScriptsInItsTexts() {
        var signedIn = new SignedIn(userDetails);
        initiativeId = signedIn.as("pm.us", () -> {
            var fixture = new PortfolioFixture(agreements, referenceData, jdbc);
            var draft = fixture.initiative(fixture.agreementWithTwoCommitments()[1], "bersin", "lead.mx");
            draft.setTitleEn(TITLE);
            draft.setDescriptionEn(DESCRIPTION);
            return portfolio.save(draft);
        });
        signedIn.as("bersin", () -> portfolio.addNote(initiativeId, false, NOTE));
        browser = Browser.open(URI.create("http://localhost:" + port + "/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void scriptAndOnerrorTextsAreShownAsTextAndNeverRun() {
        LoginPage.open(browser).signIn("pm.us", password);

        browser.visit("initiatives/" + initiativeId);
        browser.await(textToBePresentInElementLocated(By.id("initiative-view"), TITLE));
        browser.await(textToBePresentInElementLocated(By.id("initiative-view"), DESCRIPTION));

        String page = browser.driver().findElement(By.id("initiative-view")).getText();
        assertThat(page).contains(TITLE, DESCRIPTION);
        assertThat(browser.driver().findElements(By.cssSelector("#initiative-view script, #initiative-view img[src=x]")))
                .isEmpty();
        browser.driver().findElement(By.id("tab-notes")).click();
        browser.await(textToBePresentInElementLocated(By.id("initiative-view"), NOTE));
        assertThat(browser.driver().findElements(By.cssSelector("#initiative-view svg[onload]"))).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(((JavascriptExecutor) browser.driver()).executeScript("return window.hostileRan === undefined"))
                .isEqualTo(true);
    }
}
