package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.calendar.CalendarFeeds;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.task.TaskCounts;
import org.accord.task.TaskStories;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A US liaison with a shared and a US-internal task who, in data older than the rule that a person's party never
 * changes, now belongs to Mexico: the jobs and counts that go by assignee must leave the internal task out.
 */
@PortalTest
class InternalTasksOfAnotherPartyTest {

    @Autowired
    Tasks tasks;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    UserAdministration users;
    @Autowired
    CalendarFeeds feeds;
    @Autowired
    TaskReminders reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    String liaison;
    long liaisonId;
    String sharedTitle;
    String internalTitle;
    long internalTask;

    @BeforeEach
    void aUsLiaisonMovedToMexicoInOldData() {
        signedIn = new SignedIn(userDetails);
        var stories = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
        liaisonId = stories.liaison(users, referenceData, true);
        liaison = jdbc.queryForObject("select username from user_account where id = ?", String.class, liaisonId);
        sharedTitle = NotificationStories.title("Shared work");
        internalTitle = NotificationStories.title("US-internal work");
        stories.task(sharedTitle, liaison, TaskStories.TODAY.plusDays(1));
        internalTask = stories.internalTask(internalTitle, liaison, TaskStories.TODAY.plusDays(1));
        jdbc.update("update user_account set party_id = (select id from party where code = 'MX') where id = ?",
                liaisonId);
    }

    @Test
    void taskBadgeCountsOnlyTheSharedTask() {
        TaskCounts counts = signedIn.as(liaison, () -> tasks.myCounts());

        assertThat(counts.open()).isEqualTo(1);
    }

    @Test
    void calendarFeedLeavesTheInternalTaskOut() {
        String token = signedIn.as(liaison, () -> feeds.create());

        String calendar = feeds.render(token).orElseThrow();

        assertThat(calendar).contains(sharedTitle).doesNotContain(internalTitle);
    }

    @Test
    void noReminderOfTheInternalTaskIsGiven() {
        reminders.run();

        assertThat(jdbc.queryForObject("select count(*) from notification where recipient_id = ? and kind = 'TASK_DUE_SOON'",
                Long.class, liaisonId)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notification where task_id = ? and kind = 'TASK_DUE_SOON'",
                Long.class, internalTask)).isZero();
        assertThat(jdbc.queryForObject("""
                select count(*) from mail_message where recipient_id = ? and kind = 'TASK_DUE_SOON'
                and (subject like ? or body like ?)""", Long.class, liaisonId, "%" + internalTitle + "%",
                "%" + internalTitle + "%")).isZero();
    }
}
