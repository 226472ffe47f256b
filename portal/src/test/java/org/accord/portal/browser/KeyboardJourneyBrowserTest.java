package org.accord.portal.browser;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.net.URI;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.Priority;
import org.accord.initiative.PortfolioFixture;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.task.TaskDraft;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.accord.testsupport.NewPeople;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In Chromium, with the keyboard alone: a liaison signs in, skips to the page, opens a task from My tasks, marks it
 * done with a note in the dialog, and the focus is where they can see it at every step.
 */
@ExtendWith(RequiresChromium.class)
@PortalTest
class KeyboardJourneyBrowserTest {

    private static final String LIAISON_PASSWORD = "keyboard-only-2012";

    @LocalServerPort
    int port;
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
    @Autowired
    Tasks tasks;
    @Autowired
    UserAdministration users;

    private Browser browser;
    private SignedIn signedIn;
    private MilestoneStories initiative;

    @BeforeEach
    void initiativeLedByBersin() {
        signedIn = new SignedIn(userDetails);
        initiative = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        browser = Browser.open(URI.create("http://localhost:" + port + "/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void liaisonOpensATaskFromMyTasksAndMarksItDoneWithTheKeyboardOnly() {
        String liaison = new NewPeople(signedIn, users, referenceData)
                .liaison("keys-", "US-EMB-MX", LIAISON_PASSWORD);
        String title = PortfolioFixture.unique("Send the manifests ");
        long taskId = taskFor(liaison, title);
        var keyboard = new Keyboard(browser);

        LoginPage.open(browser);
        browser.await(driver -> "username".equals(browser.script(
                "return document.activeElement && document.activeElement.name;")));
        keyboard.type(liaison).press(Keys.TAB).type(LIAISON_PASSWORD).press(Keys.ENTER);
        browser.await(driver -> "/my-tasks".equals(browser.currentPath()));
        new PortalPage(browser).awaitShown();
        browser.awaitQuiet();

        assertThat(keyboard.tabTo("skip-to-content")).isEqualTo(1);
        assertThat(keyboard.focusIsVisible()).as("the skip link shows when focused").isTrue();
        keyboard.press(Keys.ENTER);
        keyboard.awaitFocusIn("my-tasks-view");
        assertThat(keyboard.tabTo("my-tasks-grid")).as("from the page, the grid is a few presses away")
                .isLessThanOrEqualTo(3);
        keyboard.press(Keys.TAB);
        keyboard.arrowDownToRow(title);
        assertThat(keyboard.focusIsVisible()).isTrue();
        keyboard.press(Keys.SPACE);
        browser.await(driver -> ("/tasks/" + taskId).equals(browser.currentPath()));
        browser.awaitQuiet();

        keyboard.tabTo("task-done");
        assertThat(keyboard.focusIsVisible()).isTrue();
        keyboard.press(Keys.ENTER);
        keyboard.awaitFocusIn("task-status-text");
        keyboard.type("Manifests sent to both customs services.");
        keyboard.tabTo("task-status-confirm");
        keyboard.press(Keys.ENTER);

        browser.await(textToBePresentInElementLocated(By.cssSelector("#task-badges .task-status"), "Done"));
        browser.await(driver -> "h1".equals(browser.script(
                "return document.activeElement && document.activeElement.localName;")));
        assertThat(keyboard.focusedText()).as("after the dialog, focus is on the task's heading").contains(title);
        assertThat(signedIn.as(liaison, () -> tasks.detail(taskId)).row().status()).isEqualTo(TaskStatus.DONE);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    private long taskFor(String liaison, String title) {
        long assignee = jdbc.queryForObject("select id from user_account where username = ?", Long.class, liaison);
        return signedIn.as("bersin", () -> {
            TaskDraft draft = tasks.newDraft(initiative.initiativeId, null);
            draft.setTitle(title);
            draft.setAssigneeId(assignee);
            draft.setDueDate(TODAY.plusDays(3));
            draft.setPriority(Priority.HIGH);
            return tasks.save(draft);
        });
    }
}
