package org.accord.task;

import static org.accord.task.TaskStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.audit.HistoryLine;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.people.UserAdministration;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class TasksTest {

    @Autowired
    Tasks tasks;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan milestones;
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
    @Autowired
    ApplicationEvents events;

    SignedIn signedIn;
    TaskStories stories;

    @BeforeEach
    void initiativeLedByBersinAndLeadMx() {
        signedIn = new SignedIn(userDetails);
        stories = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
    }

    @Test
    void leadAssignsATaskOnHisInitiativeAndTheLiaisonFindsItInHisTasks() {
        long id = stories.task("Collect the pilot's crossing times", "liaison.us", TODAY.plusDays(5));

        var mine = signedIn.as("liaison.us", () -> tasks.mine(false, PageRequest.of(0, 500)));
        assertThat(mine).filteredOn(row -> row.id() == id).singleElement().satisfies(row -> {
            assertThat(row.title()).isEqualTo("Collect the pilot's crossing times");
            assertThat(row.assigneeName()).isEqualTo("Liaison Officer, U.S. Embassy");
            assertThat(row.assigneePartyCode()).isEqualTo("US");
            assertThat(row.assigneeAgencyCode()).isEqualTo("US-EMB-MX");
            assertThat(row.status()).isEqualTo(TaskStatus.OPEN);
            assertThat(row.overdue()).isFalse();
        });
        var detail = signedIn.as("liaison.us", () -> tasks.detail(id));
        assertThat(detail.assignedBy()).isEqualTo("bersin");
        assertThat(detail.assignedByName()).isEqualTo("Alan Bersin");
        assertThat(detail.mayWork()).isTrue();
        assertThat(detail.mayEdit()).isFalse();
        assertThat(events.stream(TaskAssigned.class).filter(event -> event.taskId() == id))
                .singleElement().satisfies(event -> {
                    assertThat(event.assigneeId()).isEqualTo(stories.fixture.userId("liaison.us"));
                    assertThat(event.previousAssigneeId()).isNull();
                });
    }

    @Test
    void myTasksListOverdueFirstThenByDueDateAndCountThem() {
        long later = stories.task("Later", "liaison.mx", TODAY.plusDays(20));
        long sooner = stories.task("Sooner", "liaison.mx", TODAY.plusDays(2));
        long overdue = stories.task("Overdue", "liaison.mx", TODAY.plusDays(1));
        stories.dueAgo(overdue, 3, jdbc);
        var before = signedIn.as("liaison.mx", () -> tasks.myCounts());

        List<Long> order = signedIn.as("liaison.mx", () -> tasks.mine(false, PageRequest.of(0, 1000))).stream()
                .map(TaskRow::id).filter(id -> id == later || id == sooner || id == overdue).toList();

        assertThat(order).containsExactly(overdue, sooner, later);
        assertThat(before.overdue()).isGreaterThanOrEqualTo(1);
        assertThat(before.open()).isGreaterThanOrEqualTo(3);
        signedIn.as("liaison.mx", () -> tasks.changeStatus(overdue, stories.version(overdue, "liaison.mx"),
                TaskStatus.DONE, "Sent the figures"));
        var after = signedIn.as("liaison.mx", () -> tasks.myCounts());
        assertThat(after.open()).isEqualTo(before.open() - 1);
        assertThat(after.overdue()).isEqualTo(before.overdue() - 1);
        assertThat(signedIn.as("liaison.mx", () -> tasks.mine(true, PageRequest.of(0, 1000))))
                .extracting(TaskRow::id).contains(overdue);
    }

    @Test
    void aDueDateInThePastIsRefusedAndNothingIsSaved() {
        int before = countTasks();
        var draft = stories.draft("Too late", "liaison.us", TODAY.minusDays(1));

        assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.save(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("dueDate");
                    assertThat(refused.messageKey()).isEqualTo("task.due.past");
                });
        assertThat(countTasks()).isEqualTo(before);
    }

    @Test
    void aTaskCannotGoToADisabledPersonOrAnExecutive() {
        long disabled = stories.liaison(users, referenceData, false);
        var toDisabled = stories.draft("For nobody", "liaison.us", TODAY.plusDays(3));
        toDisabled.setAssigneeId(disabled);
        var toExecutive = stories.draft("For the secretary", "napolitano", TODAY.plusDays(3));
        int before = countTasks();

        assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.save(toDisabled)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.assignee.disabled"));
        assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.save(toExecutive)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.assignee.not-eligible"));
        assertThat(countTasks()).isEqualTo(before);
    }

    @Test
    void blankTitleIsRefusedAtItsField() {
        var draft = stories.draft(" ", "liaison.us", TODAY.plusDays(3));

        assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.save(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("title");
                    assertThat(refused.messageKey()).isEqualTo("task.title.required");
                });
    }

    @Test
    void onlyProgramManagersAndTheInitiativesLeadsAssign() {
        var draft = stories.draft("Not yours", "liaison.us", TODAY.plusDays(3));

        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> tasks.save(draft)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("aguilar", () -> tasks.save(draft)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("pm.mx", () -> tasks.save(stories.draft("From the program office", "liaison.mx",
                TODAY.plusDays(3))))).isPositive();
        assertThat(signedIn.as("lead.mx", () -> tasks.mayAssign(stories.initiativeId))).isTrue();
        assertThat(signedIn.as("aguilar", () -> tasks.mayAssign(stories.initiativeId))).isFalse();
    }

    @Test
    void blockedNeedsAReasonAndDoneNeedsANoteAndNeitherIsSavedWithout() {
        long id = stories.task("Translate the manual", "liaison.us", TODAY.plusDays(5));
        long version = stories.version(id, "liaison.us");

        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> tasks.changeStatus(id, version, TaskStatus.BLOCKED, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("blockedReason");
                    assertThat(refused.messageKey()).isEqualTo("task.blocked.reason-required");
                });
        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> tasks.changeStatus(id, version, TaskStatus.DONE, null)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("completionNote"));
        assertThat(signedIn.as("liaison.us", () -> tasks.detail(id)).row().status()).isEqualTo(TaskStatus.OPEN);

        signedIn.as("liaison.us", () -> tasks.changeStatus(id, version, TaskStatus.BLOCKED, "Waiting for SAT's glossary"));
        var blocked = signedIn.as("bersin", () -> tasks.detail(id));
        assertThat(blocked.row().status()).isEqualTo(TaskStatus.BLOCKED);
        assertThat(blocked.blockedReason()).isEqualTo("Waiting for SAT's glossary");

        signedIn.as("liaison.us", () -> tasks.changeStatus(id, blocked.row().version(), TaskStatus.DONE,
                "Manual translated and filed"));
        var done = signedIn.as("bersin", () -> tasks.detail(id));
        assertThat(done.row().status()).isEqualTo(TaskStatus.DONE);
        assertThat(done.completionNote()).isEqualTo("Manual translated and filed");
        assertThat(done.blockedReason()).isNull();
        assertThat(done.closedAt()).isNotNull();
        assertThat(events.stream(TaskStatusChanged.class).filter(event -> event.taskId() == id)
                .map(TaskStatusChanged::after)).containsExactly(TaskStatus.BLOCKED, TaskStatus.DONE);
    }

    @Test
    void theAssigneeMayNotCancelAndNobodyElseMovesTheTask() {
        long id = stories.task("Visit the port", "liaison.us", TODAY.plusDays(5));
        long version = stories.version(id, "liaison.us");

        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> tasks.changeStatus(id, version, TaskStatus.CANCELLED, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("liaison.mx", () -> tasks.changeStatus(id, version, TaskStatus.IN_PROGRESS, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("liaison.mx", () -> tasks.comment(id, false, "Not mine")))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("bersin", () -> tasks.changeStatus(id, version, TaskStatus.CANCELLED, null));
        assertThat(signedIn.as("liaison.us", () -> tasks.detail(id)).row().status()).isEqualTo(TaskStatus.CANCELLED);
    }

    @Test
    void aStaleVersionConflictsInsteadOfOverwriting() {
        long id = stories.task("Stale", "liaison.us", TODAY.plusDays(5));
        long version = stories.version(id, "liaison.us");
        signedIn.as("liaison.us", () -> tasks.changeStatus(id, version, TaskStatus.IN_PROGRESS, null));

        assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.changeStatus(id, version, TaskStatus.CANCELLED, null)))
                .isInstanceOf(EditConflictException.class);
    }

    @Test
    void anInternalTaskAndInternalCommentsStayWithTheirParty() {
        long internal = stories.internalTask("Internal US review", "liaison.us", TODAY.plusDays(4));
        long shared = stories.task("Shared work", "liaison.us", TODAY.plusDays(4));
        signedIn.as("liaison.us", () -> tasks.comment(shared, true, "Between us: the figures are late"));
        signedIn.as("liaison.us", () -> tasks.comment(shared, false, "Figures follow on Monday"));

        assertThatThrownBy(() -> signedIn.as("liaison.mx", () -> tasks.detail(internal)))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> signedIn.as("pm.mx", () -> tasks.history(internal)))
                .isInstanceOf(EditConflictException.class);
        assertThat(signedIn.as("pm.mx", () -> tasks.team(TaskFilter.none(), PageRequest.of(0, 100000))))
                .extracting(TaskRow::id).contains(shared).doesNotContain(internal);
        assertThat(signedIn.as("lead.mx", () -> tasks.ofInitiative(stories.initiativeId)))
                .extracting(TaskRow::id).contains(shared).doesNotContain(internal);
        assertThat(signedIn.as("liaison.mx", () -> tasks.comments(shared))).extracting(CommentView::body)
                .containsExactly("Figures follow on Monday");
        assertThat(signedIn.as("pm.us", () -> tasks.comments(shared))).extracting(CommentView::body)
                .containsExactly("Between us: the figures are late", "Figures follow on Monday");
        assertThat(signedIn.as("pm.us", () -> tasks.team(TaskFilter.none(), PageRequest.of(0, 100000))))
                .extracting(TaskRow::id).contains(shared, internal);
    }

    @Test
    void anInternalTaskStaysWithPeopleOfItsParty() {
        var draft = stories.draft("Internal for a Mexican liaison", "liaison.mx", TODAY.plusDays(3));
        draft.setInternal(true);

        assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.save(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.assignee.other-party"));
    }

    @Test
    void reassignmentKeepsHistoryAndTellsWhoHadIt() {
        long id = stories.task("Hand over", "liaison.us", TODAY.plusDays(6));
        long newcomer = stories.liaison(users, referenceData, true);

        signedIn.as("pm.us", () -> tasks.reassign(id, stories.version(id, "pm.us"), newcomer));

        List<HistoryLine> history = signedIn.as("pm.us", () -> tasks.history(id));
        assertThat(history).anySatisfy(line -> {
            assertThat(line.field()).isEqualTo("assignee");
            assertThat(line.before()).isEqualTo("Liaison Officer, U.S. Embassy");
            assertThat(line.by()).isEqualTo("pm.us");
        });
        assertThat(events.stream(TaskAssigned.class).filter(event -> event.taskId() == id && event.previousAssigneeId() != null))
                .singleElement().satisfies(event -> {
                    assertThat(event.assigneeId()).isEqualTo(newcomer);
                    assertThat(event.previousAssigneeId()).isEqualTo(stories.fixture.userId("liaison.us"));
                });
        assertThat(signedIn.as("liaison.us", () -> tasks.mine(false, PageRequest.of(0, 1000))))
                .extracting(TaskRow::id).doesNotContain(id);
    }

    @Test
    void bulkAssignmentMovesAllOrNone() {
        long first = stories.task("Bulk one", "liaison.us", TODAY.plusDays(6));
        long second = stories.task("Bulk two", "liaison.us", TODAY.plusDays(7));
        long closed = stories.task("Bulk closed", "liaison.us", TODAY.plusDays(7));
        signedIn.as("bersin", () -> tasks.changeStatus(closed, stories.version(closed, "bersin"), TaskStatus.CANCELLED, null));
        long newcomer = stories.liaison(users, referenceData, true);

        assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.assignAll(List.of(first, second, closed), newcomer)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.bulk.closed"));
        assertThat(signedIn.as("bersin", () -> tasks.detail(first)).row().assigneeId())
                .isEqualTo(stories.fixture.userId("liaison.us"));

        int moved = signedIn.as("bersin", () -> tasks.assignAll(List.of(first, second), newcomer));

        assertThat(moved).isEqualTo(2);
        assertThat(signedIn.as("bersin", () -> tasks.team(new TaskFilter(newcomer, null, null, null, null, true, false),
                PageRequest.of(0, 50)))).extracting(TaskRow::id).containsExactlyInAnyOrder(first, second);
        assertThatThrownBy(() -> signedIn.as("aguilar", () -> tasks.assignAll(List.of(first), newcomer)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTeamViewOfALeadCoversTheInitiativesHeLeadsAndFiltersInTheDatabase() {
        long mine = stories.task("On bersin's initiative", "liaison.mx", TODAY.plusDays(6));
        long overdue = stories.task("Overdue on bersin's initiative", "liaison.mx", TODAY.plusDays(6));
        stories.dueAgo(overdue, 2, jdbc);

        assertThat(signedIn.as("bersin", () -> tasks.team(TaskFilter.none(), PageRequest.of(0, 100000))))
                .extracting(TaskRow::id).contains(mine, overdue);
        assertThat(signedIn.as("aguilar", () -> tasks.team(TaskFilter.none(), PageRequest.of(0, 100000))))
                .extracting(TaskRow::id).doesNotContain(mine, overdue);
        var overdueOnly = new TaskFilter(null, "MX", "ADUANAS", stories.initiativeId, null, false, true);
        assertThat(signedIn.as("bersin", () -> tasks.team(overdueOnly, PageRequest.of(0, 50))))
                .extracting(TaskRow::id).containsExactly(overdue);
        assertThat(signedIn.as("bersin", () -> tasks.countTeam(overdueOnly))).isEqualTo(1);
        assertThat(signedIn.as("bersin", () -> tasks.countTeam(new TaskFilter(null, "US", null, stories.initiativeId,
                null, false, false)))).isZero();
        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> tasks.team(TaskFilter.none(), PageRequest.of(0, 5))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTeamViewNarrowsToAnAgreementOrOneOfItsCommitmentsAndCountsWhatItLists() {
        long first = stories.task("Of the first commitment", "liaison.us", TODAY.plusDays(6));
        long otherInitiative = stories.initiativeServing(stories.otherCommitmentId);
        long second = signedIn.as("bersin", () -> tasks.save(stories.draft(otherInitiative, "Of the second commitment",
                "liaison.mx", TODAY.plusDays(7))));
        var mexicanInternal = signedIn.as("pm.mx", () -> tasks.newDraft(otherInitiative, null));
        mexicanInternal.setTitle("Mexican internal briefing");
        mexicanInternal.setAssigneeId(stories.fixture.userId("liaison.mx"));
        mexicanInternal.setInternal(true);
        long internal = signedIn.as("pm.mx", () -> tasks.save(mexicanInternal));
        var elsewhere = new TaskStories(signedIn, tasks, portfolio, agreements, referenceData, jdbc);
        long ofAnotherAgreement = elsewhere.task("Of another agreement", "liaison.us", TODAY.plusDays(6));

        var ofAgreement = scope(stories.agreementId, null);
        assertThat(teamIds("pm.us", ofAgreement)).containsExactlyInAnyOrder(first, second);
        assertThat(signedIn.as("pm.us", () -> tasks.countTeam(ofAgreement))).isEqualTo(2);
        assertThat(teamIds("pm.mx", ofAgreement)).containsExactlyInAnyOrder(first, second, internal);
        assertThat(signedIn.as("pm.mx", () -> tasks.countTeam(ofAgreement))).isEqualTo(3);
        var ofCommitment = scope(null, stories.commitmentId);
        assertThat(teamIds("bersin", ofCommitment)).containsExactly(first);
        assertThat(signedIn.as("bersin", () -> tasks.countTeam(ofCommitment))).isEqualTo(1);
        var ofBoth = scope(stories.agreementId, stories.otherCommitmentId);
        assertThat(teamIds("pm.us", ofBoth)).containsExactly(second);
        assertThat(signedIn.as("pm.us", () -> tasks.countTeam(ofBoth))).isEqualTo(1);
        var mismatched = scope(elsewhere.agreementId, stories.commitmentId);
        assertThat(teamIds("pm.us", mismatched)).isEmpty();
        assertThat(signedIn.as("pm.us", () -> tasks.countTeam(mismatched))).isZero();
        assertThat(teamIds("pm.us", scope(elsewhere.agreementId, null))).containsExactly(ofAnotherAgreement);
        var exported = new java.util.ArrayList<TaskRow>();
        signedIn.as("pm.us", () -> tasks.exportTeam(ofAgreement, org.springframework.data.domain.Sort.unsorted(),
                exported::addAll));
        assertThat(exported).extracting(TaskRow::id).containsExactly(first, second);
    }

    @Test
    void aMilestoneOfAnotherInitiativeIsRefused() {
        var other = new MilestoneStories(signedIn, portfolio, milestones, agreements, referenceData, jdbc);
        long otherMilestone = other.milestone("Elsewhere", OwnerSide.US, TODAY.plusDays(30), null);
        var draft = stories.draft("Wrong milestone", "liaison.us", TODAY.plusDays(3));
        draft.setMilestoneId(otherMilestone);

        assertThatThrownBy(() -> signedIn.as("bersin", () -> tasks.save(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("milestoneId"));
    }

    @Test
    void evidenceIsCheckedByContentAndSizeAndNothingIsStoredWhenRefused() {
        long id = stories.task("Prove it", "liaison.us", TODAY.plusDays(6));

        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> tasks.attachEvidence(id, "run.exe",
                new byte[] {'M', 'Z', 0, 0, 3})))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.evidence.kind"));
        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> tasks.attachEvidence(id, "huge.txt",
                new byte[(int) Tasks.MAX_EVIDENCE_BYTES + 1])))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.evidence.too-large"));
        assertThat(signedIn.as("liaison.us", () -> tasks.evidence(id))).isEmpty();

        long evidenceId = signedIn.as("liaison.us", () -> tasks.attachEvidence(id, "minutes.txt",
                "Meeting minutes".getBytes(StandardCharsets.UTF_8)));

        assertThat(signedIn.as("bersin", () -> tasks.evidence(id))).singleElement()
                .satisfies(file -> assertThat(file.fileName()).isEqualTo("minutes.txt"));
        assertThat(signedIn.as("pm.mx", () -> tasks.downloadEvidence(evidenceId))).hasValueSatisfying(
                content -> assertThat(new String(content.content(), StandardCharsets.UTF_8)).isEqualTo("Meeting minutes"));
    }

    @Test
    void aCancelledInitiativeTakesNoNewTasks() {
        signedIn.as("pm.us", () -> portfolio.cancel(stories.initiativeId,
                portfolio.detail(stories.initiativeId).version(), "Merged into another initiative"));

        assertThatThrownBy(() -> stories.task("Too late", "liaison.us", TODAY.plusDays(3)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("task.initiative.cancelled"));
    }

    private int countTasks() {
        return jdbc.queryForObject("select count(*) from task", Integer.class);
    }

    private static TaskFilter scope(Long agreementId, Long commitmentId) {
        return new TaskFilter(null, null, null, null, null, false, false, agreementId, commitmentId);
    }

    private List<Long> teamIds(String viewer, TaskFilter filter) {
        return signedIn.as(viewer, () -> tasks.team(filter, PageRequest.of(0, 50))).stream().map(TaskRow::id)
                .toList();
    }
}
