package org.accord.portal.browser;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The US lead records that a milestone slips, with the reason, in Chromium; the program manager then sees it. */
@ExtendWith(RequiresChromium.class)
@PortalTest
class MilestoneJourneyBrowserTest {

    private static final String TITLE = "Customs training in Nuevo Laredo";

    @LocalServerPort
    int port;
    @Value("${accord.demo.password}")
    String password;
    @Autowired
    MilestonePlan plan;
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
    private MilestoneStories stories;
    private long milestone;

    @BeforeEach
    void milestoneOnItsBaseline() {
        stories = new MilestoneStories(new SignedIn(userDetails), portfolio, plan, agreements, referenceData, jdbc);
        milestone = stories.milestone(TITLE, OwnerSide.MX, TODAY.plusDays(20), TODAY.plusDays(20));
        browser = Browser.open(URI.create("http://localhost:" + port + "/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void leadRecordsASlipWithAReasonAndTheProgramManagerSeesItInTheSlippedListAndTheTimeline() {
        LocalDate newForecast = TODAY.plusDays(50);
        LoginPage.open(browser).signIn("bersin", password);
        browser.visit("initiatives/" + stories.initiativeId);
        browser.await(elementToBeClickable(By.id("tab-milestones"))).click();
        browser.await(textToBePresentInElementLocated(By.id("milestones-grid"), TITLE));
        browser.await(elementToBeClickable(By.cssSelector("#milestones-grid .milestone-progress"))).click();
        WebElement forecast = browser.await(elementToBeClickable(By.cssSelector("#milestone-progress-forecast input")));
        forecast.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        forecast.sendKeys(newForecast.format(DateTimeFormatter.ofPattern("M/d/yyyy")), Keys.ENTER);
        browser.await(elementToBeClickable(By.cssSelector("#milestone-progress-note textarea")))
                .sendKeys("Venue moved to Monterrey; training postponed a month");
        browser.await(elementToBeClickable(By.id("milestone-progress-save"))).click();
        browser.await(textToBePresentInElementLocated(By.id("milestones-grid"), "+30 days"));
        assertThat(stories.row(milestone).forecastDate()).isEqualTo(newForecast);
        assertThat(browser.severeConsoleMessages()).isEmpty();
        new PortalPage(browser).signOut();

        LoginPage.open(browser).signIn("pm.us", password);
        String agreementCode = jdbc.queryForObject("select code from agreement where id = ?", String.class,
                stories.agreementId);
        browser.visit("milestones?slipped=true&agreement=" + agreementCode);
        browser.await(textToBePresentInElementLocated(By.id("milestones-list"), TITLE));
        // The timeline is an image the browser loads once the page shows: drawn, and drawn from this filter.
        browser.await(driver -> browser.<Boolean>script("const image = document.getElementById("
                + "'milestone-timeline-image'); return !!image && image.complete && image.naturalWidth > 0;"));
        String svg = browser.asyncScript("const done = arguments[arguments.length - 1];"
                + "fetch(document.getElementById('milestone-timeline-image').src).then(answer => answer.text())"
                + ".then(done, failure => done('failed: ' + failure));");
        assertThat(svg).contains(TITLE);
        assertThat(svg.split("class=\"milestone\"", -1)).hasSize(2);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
