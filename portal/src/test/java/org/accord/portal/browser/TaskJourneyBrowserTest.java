package org.accord.portal.browser;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.accord.testsupport.NewPeople;
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
 * In Chromium: the US lead assigns a task to a US liaison, who lands on My tasks, sees it and marks it done
 * with a note; the lead then sees it done.
 */
@ExtendWith(RequiresChromium.class)
@PortalTest
class TaskJourneyBrowserTest {

    private static final String LIAISON_PASSWORD = "crossing-statistics-2012";

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
    void leadAssignsATaskTheLiaisonMarksItDoneWithANoteAndTheLeadSeesItDone() {
        String title = PortfolioFixture.unique("Collect the crossing statistics ");
        String note = "Statistics for the quarter sent to both co-chairs";
        String liaisonUsername = new NewPeople(signedIn, users, referenceData)
                .liaison("liaison-", "US-EMB-MX", LIAISON_PASSWORD);
        String liaison = jdbc.queryForObject("select display_name from user_account where username = ?",
                String.class, liaisonUsername);

        LoginPage.open(browser).signIn("bersin", password);
        long taskId = TaskPage.newTask(browser, initiative.initiativeId).title(title).assignee(liaisonUsername, liaison)
                .dueDate(TODAY.plusDays(1)).save();
        assertThat(signedIn.as("bersin", () -> tasks.detail(taskId)).row().assigneeName()).isEqualTo(liaison);
        assertThat(browser.severeConsoleMessages()).isEmpty();
        new PortalPage(browser).signOut();

        new LoginPage(browser).submit(liaisonUsername, LIAISON_PASSWORD);
        browser.await(driver -> "/my-tasks".equals(browser.currentPath()));
        TaskPage task = new TaskPage(browser).openFromMyTasks(title).markDone(note);
        assertThat(task.status()).isEqualTo("Done");
        assertThat(signedIn.as(liaisonUsername, () -> tasks.detail(taskId)).row().status()).isEqualTo(TaskStatus.DONE);
        assertThat(browser.severeConsoleMessages()).isEmpty();
        new PortalPage(browser).signOut();

        LoginPage.open(browser).signIn("bersin", password);
        TaskPage seen = TaskPage.open(browser, taskId);
        assertThat(seen.status()).isEqualTo("Done");
        assertThat(seen.completionNote()).isEqualTo(note);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
