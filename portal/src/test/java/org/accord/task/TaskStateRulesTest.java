package org.accord.task;

import static org.accord.task.TaskStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The task moves of {@link TaskMoves}, enforced by the service whatever the screens show. */
@PortalTest
class TaskStateRulesTest {

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
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    TaskStories stories;

    @BeforeEach
    void initiativeLedByBersin() {
        signedIn = new SignedIn(userDetails);
        stories = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
    }

    @Test
    void theAssigneeCannotCompleteOrReopenACancelledTask() {
        long id = cancelled("Cancelled visit");

        for (TaskStatus move : new TaskStatus[] {TaskStatus.DONE, TaskStatus.OPEN, TaskStatus.IN_PROGRESS}) {
            assertThatThrownBy(() -> signedIn.as("liaison.us", () -> tasks.changeStatus(id,
                    stories.version(id, "liaison.us"), move, "Did it anyway")))
                    .as(move.name()).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("status");
                        assertThat(refused.messageKey()).isEqualTo("task.cancelled.assigners-only");
                    });
        }
        assertThat(status(id)).isEqualTo("CANCELLED");
    }

    @Test
    void whoAssignsRestoresACancelledTaskAndTheAssigneeReopensADoneOne() {
        long cancelled = cancelled("Restored visit");
        signedIn.as("bersin", () -> tasks.changeStatus(cancelled, stories.version(cancelled, "bersin"), TaskStatus.OPEN,
                null));
        assertThat(status(cancelled)).isEqualTo("OPEN");

        long done = done("Finished report");
        signedIn.as("liaison.us", () -> tasks.changeStatus(done, stories.version(done, "liaison.us"), TaskStatus.OPEN,
                null));
        assertThat(status(done)).isEqualTo("OPEN");
    }

    @Test
    void aMoveOutsideTheTableIsRefused() {
        long done = done("Done twice");
        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> tasks.changeStatus(done,
                stories.version(done, "liaison.us"), TaskStatus.BLOCKED, "Blocked after the fact")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.move.not-allowed"));
        assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.changeStatus(done,
                stories.version(done, "bersin"), TaskStatus.CANCELLED, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.move.not-allowed"));
        assertThat(status(done)).isEqualTo("DONE");
    }

    @Test
    void aDoneOrCancelledTaskIsNeitherEditedNorReassignedOneByOne() {
        long newcomer = stories.liaison(users, referenceData, true);
        for (long id : new long[] {done("Closed by work"), cancelled("Closed by decision")}) {
            var draft = signedIn.as("bersin", () -> tasks.edit(id));
            draft.setTitle("Renamed after closing");
            assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.save(draft)))
                    .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("status");
                        assertThat(refused.messageKey()).isEqualTo("task.closed.reopen-first");
                    });
            assertThatThrownBy(() -> signedIn.as("pm.us", () -> tasks.reassign(id, stories.version(id, "pm.us"),
                    newcomer))).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("assigneeId");
                        assertThat(refused.messageKey()).isEqualTo("task.closed.reopen-first");
                    });
            assertThat(jdbc.queryForObject("select title from task where id = ?", String.class, id))
                    .isNotEqualTo("Renamed after closing");
            assertThat(jdbc.queryForObject("select assignee_id from task where id = ?", Long.class, id))
                    .isEqualTo(stories.fixture.userId("liaison.us"));
        }
    }

    private long cancelled(String title) {
        long id = stories.task(title, "liaison.us", TODAY.plusDays(5));
        signedIn.as("bersin", () -> tasks.changeStatus(id, stories.version(id, "bersin"), TaskStatus.CANCELLED, null));
        return id;
    }

    private long done(String title) {
        long id = stories.task(title, "liaison.us", TODAY.plusDays(5));
        signedIn.as("liaison.us", () -> tasks.changeStatus(id, stories.version(id, "liaison.us"), TaskStatus.DONE,
                "Finished"));
        return id;
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from task where id = ?", String.class, id);
    }
}
