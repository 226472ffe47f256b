package org.accord.worklist;

import static org.accord.worklist.WorklistStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.progress.UpdateState;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Issue 11: the oversight lead's worklist, on the real database and through the real services. */
@PortalTest
class LeadWorklistTest {

    /** Who I am, then one statement for each of the four lists. */
    static final int MAX_STATEMENTS = 5;

    @Autowired
    LeadWorklist worklist;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Tasks tasks;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    UserAdministration users;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    SignedIn signedIn;
    WorklistStories stories;

    @BeforeEach
    void aNewLead() {
        signedIn = new SignedIn(userDetails);
        stories = new WorklistStories(signedIn, portfolio, plan, tasks, users, agreements, referenceData, jdbc);
    }

    @Test
    void leadSeesExactlyTheInitiativesTheyLeadNowWithTheNextOpenMilestone() {
        long active = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        long proposed = stories.initiative(stories.lead, InitiativeStatus.PROPOSED);
        long cancelled = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        long handedOn = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        stories.initiative("bersin", InitiativeStatus.ACTIVE);
        signedIn.as("pm.us", () -> {
            portfolio.cancel(cancelled, portfolio.edit(cancelled).getVersion(), "No longer funded");
            portfolio.assignLead(handedOn, portfolio.edit(handedOn).getVersion(), "US",
                    stories.fixture.userId("bersin"));
        });
        stories.milestone(active, "Later one", TODAY.plusDays(60), null);
        stories.milestone(active, "Forecast first", TODAY.plusDays(90), TODAY.plusDays(20));
        long done = stories.milestone(active, "Already done", TODAY.plusDays(5), null);
        signedIn.as("pm.us", () -> plan.recordProgress(done, plan.edit(done).getVersion(),
                org.accord.milestone.MilestoneStatus.DONE, null, TODAY, "Delivered"));

        Worklist mine = signedIn.as(stories.lead, () -> worklist.mine());

        assertThat(mine.initiatives()).extracting(LedInitiative::id).containsExactlyInAnyOrder(active, proposed);
        assertThat(mine.initiatives()).filteredOn(row -> row.id() == active).singleElement().satisfies(row -> {
            assertThat(row.code()).isEqualTo(stories.code(active));
            assertThat(row.status()).isEqualTo(InitiativeStatus.ACTIVE);
            assertThat(row.health()).isNotNull();
            assertThat(row.nextMilestoneTitleEn()).isEqualTo("Forecast first");
            assertThat(row.nextMilestoneTitleEs()).isEqualTo("Forecast first (es)");
            assertThat(row.nextMilestoneDate()).isEqualTo(TODAY.plusDays(20));
        });
        assertThat(mine.initiatives()).filteredOn(row -> row.id() == proposed).singleElement()
                .satisfies(row -> assertThat(row.nextMilestoneDate()).isNull());
    }

    @Test
    void milestonesDueWithinThirtyDaysAreListedByDateAndLaterOnesAreNot() {
        long initiative = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        long in29 = stories.milestone(initiative, "In 29 days", TODAY.plusDays(29), null);
        long in31 = stories.milestone(initiative, "In 31 days", TODAY.plusDays(31), null);
        long forecastIn3 = stories.milestone(initiative, "Forecast in 3 days", TODAY.plusDays(45), TODAY.plusDays(3));
        long forecastLate = stories.milestone(initiative, "Baseline soon, forecast late", TODAY.plusDays(10),
                TODAY.plusDays(40));

        Worklist mine = signedIn.as(stories.lead, () -> worklist.mine());

        assertThat(mine.dueMilestones().rows()).extracting(DueMilestone::id).containsExactly(forecastIn3, in29)
                .doesNotContain(in31, forecastLate);
        assertThat(mine.dueMilestones().total()).isEqualTo(2);
        assertThat(mine.dueMilestones().rows().getFirst()).satisfies(row -> {
            assertThat(row.expectedDate()).isEqualTo(TODAY.plusDays(3));
            assertThat(row.side()).isEqualTo(OwnerSide.JOINT);
        });
        assertThat(mine.today()).isEqualTo(TODAY);
    }

    @Test
    void aReturnedUpdateShowsWithTheReviewersCommentAndASubmittedOneDoesNot() {
        long returned = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        long submitted = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        long period = openPeriod();
        signedIn.as(stories.lead, () -> {
            updates.submit(period, returned, ProgressFixture.written("Manifests exchanged"));
            updates.submit(period, submitted, ProgressFixture.written("Pilot running"));
        });
        var sent = signedIn.as("pm.mx", () -> updates.update(period, returned, "US"));
        signedIn.as("pm.mx", () -> updates.returnUpdate(sent.id(), sent.version(), "Add the pilot dates"));

        Worklist mine = signedIn.as(stories.lead, () -> worklist.mine());

        assertThat(mine.updatesToWrite().rows()).filteredOn(row -> row.periodId() == period)
                .singleElement().satisfies(row -> {
                    assertThat(row.initiativeId()).isEqualTo(returned);
                    assertThat(row.state()).isEqualTo(UpdateState.RETURNED);
                    assertThat(row.returnComment()).isEqualTo("Add the pilot dates");
                });
    }

    @Test
    void updatesNotStartedAreListedForTheLeadsActiveInitiatives() {
        long active = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        stories.initiative(stories.lead, InitiativeStatus.PROPOSED);
        long period = openPeriod();

        Worklist mine = signedIn.as(stories.lead, () -> worklist.mine());

        long total = mine.updatesToWrite().total();
        assertThat(total).isPositive();
        assertThat(mine.updatesToWrite().rows()).hasSize((int) Math.min(total, LeadWorklist.CAP))
                .allSatisfy(row -> {
                    assertThat(row.initiativeId()).isEqualTo(active);
                    assertThat(row.state()).isEqualTo(UpdateState.NOT_STARTED);
                    assertThat(row.returnComment()).isNull();
                });
        if (total <= LeadWorklist.CAP) {
            assertThat(mine.updatesToWrite().rows()).anyMatch(row -> row.periodId() == period);
        }
    }

    @Test
    void overdueTasksTheLeadAssignedShowAndOthersDoNot() {
        long initiative = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        long mineOverdue = stories.overdueTask(stories.lead, initiative, "Send the manifests", "liaison.us", 3, false);
        long mineInternal = stories.overdueTask(stories.lead, initiative, "Brief the port director", "liaison.us", 1,
                true);
        long notYetDue = stories.overdueTask(stories.lead, initiative, "Not yet due", "liaison.us", 0, false);
        long byOther = stories.overdueTask("lead.mx", initiative, "Check the scanners", "liaison.mx", 5, false);
        long closed = stories.overdueTask(stories.lead, initiative, "Done already", "liaison.us", 2, false);
        signedIn.as("liaison.us", () -> tasks.changeStatus(closed, tasks.detail(closed).row().version(),
                TaskStatus.DONE, "Sent"));

        Worklist mine = signedIn.as(stories.lead, () -> worklist.mine());

        assertThat(mine.overdueTasks().rows()).extracting(OverdueTask::id).containsExactly(mineOverdue, mineInternal)
                .doesNotContain(notYetDue, byOther, closed);
        assertThat(mine.overdueTasks().total()).isEqualTo(2);
        assertThat(mine.overdueTasks().rows().getFirst()).satisfies(row -> {
            assertThat(row.assigneeName()).isEqualTo(jdbc.queryForObject(
                    "select display_name from user_account where username = 'liaison.us'", String.class));
            assertThat(row.dueDate()).isEqualTo(TODAY.minusDays(3));
            assertThat(row.initiativeCode()).isEqualTo(stories.code(initiative));
        });
    }

    @Test
    void anInternalTaskOfTheOtherPartyNeverShows() {
        long initiative = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        long mxInternal = stories.overdueTask("lead.mx", initiative, "MX only", "liaison.mx", 4, true);
        // As if the US lead had handed it out: the party rule alone must keep it away.
        jdbc.update("update task set assigned_by = ? where id = ?", stories.lead, mxInternal);

        Worklist mine = signedIn.as(stories.lead, () -> worklist.mine());

        assertThat(mine.overdueTasks().rows()).extracting(OverdueTask::id).doesNotContain(mxInternal);
        assertThat(mine.overdueTasks().total()).isZero();
    }

    @Test
    void aLeadWhoseRoleWasRemovedIsRefused() {
        stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        stories.changeRoles(stories.lead, Role.LIAISON);

        assertThatThrownBy(() -> signedIn.as(stories.lead, () -> worklist.mine()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSessionStillHoldingTheRemovedRoleIsRefusedToo() {
        stories.initiative(stories.lead, InitiativeStatus.ACTIVE);

        assertThatThrownBy(() -> signedIn.as(stories.lead, () -> {
            stories.changeRoles(stories.lead, Role.LIAISON);
            return worklist.mine();
        })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void liaisonsAndExecutivesHaveNoWorklist() {
        for (String user : new String[] {"liaison.us", "liaison.mx", "napolitano", "meade"}) {
            assertThatThrownBy(() -> signedIn.as(user, () -> worklist.mine()))
                    .as(user).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void theWorklistTakesTheSameFewStatementsHoweverManyInitiativesTheLeadHas() {
        long first = stories.initiative(stories.lead, InitiativeStatus.ACTIVE);
        busy(first);
        long withOne = signedIn.as(stories.lead, () -> statements(() -> worklist.mine()));
        for (int i = 0; i < 4; i++) {
            busy(stories.initiative(stories.lead, InitiativeStatus.ACTIVE));
        }
        openPeriod();

        Worklist five = signedIn.as(stories.lead, () -> worklist.mine());
        long withFive = signedIn.as(stories.lead, () -> statements(() -> worklist.mine()));

        System.out.println("Worklist statements with one initiative " + withOne + ", with five " + withFive);
        assertThat(five.initiatives()).hasSize(5);
        assertThat(five.dueMilestones().total()).isEqualTo(5);
        assertThat(five.overdueTasks().total()).isEqualTo(5);
        assertThat(withFive).isEqualTo(withOne).isLessThanOrEqualTo(MAX_STATEMENTS);
    }

    private void busy(long initiative) {
        stories.milestone(initiative, "Soon", TODAY.plusDays(10), null);
        stories.overdueTask(stories.lead, initiative, "Late", "liaison.us", 2, false);
    }

    private long openPeriod() {
        return new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc).openPeriod().id();
    }

    private long statements(Runnable work) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        work.run();
        return statistics.getPrepareStatementCount();
    }
}
