package org.accord.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In Chromium: a text field counts as the user types, and a text pasted past its limit is kept whole, said to be
 * too long at the field, and not saved.
 */
@ExtendWith(RequiresChromium.class)
@PortalTest
class TextLimitBrowserTest {

    private static final By TITLE = By.cssSelector("#task-title input");
    private static final By TITLE_FIELD = By.id("task-title");

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
    private MilestoneStories initiative;

    @BeforeEach
    void initiativeLedByBersin() {
        initiative = new MilestoneStories(new SignedIn(userDetails), portfolio, plan, agreements, referenceData, jdbc);
        browser = Browser.open(URI.create("http://localhost:" + port + "/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void titleCountsAsTheUserTypesAndPastedTextPastTheLimitIsKeptSaidAndNotSaved() {
        LoginPage.open(browser).signIn("bersin", password);
        TaskPage.newTask(browser, initiative.initiativeId);
        WebElement title = browser.await(elementToBeClickable(TITLE));
        assertThat(helper()).isEqualTo("0 of 300 characters");

        title.sendKeys("Customs");
        browser.await(driver -> helper().equals("7 of 300 characters"));

        String tooLong = "x".repeat(294) + " ends here";
        paste(title, tooLong);
        browser.await(driver -> "true".equals(browser.driver().findElement(TITLE_FIELD).getDomProperty("invalid")));
        assertThat(title.getDomProperty("value")).as("nothing cut").isEqualTo("Customs" + tooLong);
        assertThat(error()).isEqualTo("The pasted text is too long: 311 characters, at most 300. Shorten it by 11;"
                + " nothing was cut and nothing is saved until it fits.");

        long tasksBefore = jdbc.queryForObject("select count(*) from task", Long.class);
        browser.await(elementToBeClickable(By.id("task-save"))).click();
        browser.await(driver -> error().equals("At most 300 characters."));
        assertThat(jdbc.queryForObject("select count(*) from task", Long.class)).isEqualTo(tasksBefore);

        title.sendKeys(Keys.END, Keys.BACK_SPACE.toString().repeat(11));
        browser.await(driver -> helper().equals("300 of 300 characters"));
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    /** Puts the text on the clipboard and pastes it with Ctrl+V, as a person does. */
    private void paste(WebElement field, String text) {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.grantPermissions",
                Map.of("permissions", List.of("clipboardReadWrite", "clipboardSanitizedWrite")));
        browser.asyncScript("navigator.clipboard.writeText(arguments[0]).then(arguments[1]);", text);
        field.sendKeys(Keys.END, Keys.chord(Keys.CONTROL, "v"));
    }

    private String helper() {
        return shadowText("[part='helper-text']");
    }

    private String error() {
        return shadowText("[part='error-message']");
    }

    private String shadowText(String part) {
        String text = browser.script("const field = document.getElementById('task-title');"
                + " const element = field.querySelector(\"[slot='\" + (arguments[0].includes('helper') ? 'helper' : 'error-message') + \"']\")"
                + " || field.shadowRoot.querySelector(arguments[0]);"
                + " return element ? element.textContent.trim() : '';", part);
        return text;
    }
}
