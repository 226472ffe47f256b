package org.accord.portal.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.IntStream;
import org.accord.agreement.Agreements;
import org.accord.audit.HistoryLine;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.people.Directory;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.task.TaskRow;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The team's tasks: filters kept in the link, what each manager sees, and bulk assignment. */
class TeamTasksViewTest extends PortalBrowserlessTest {

    @Autowired
    Tasks tasks;
    @Autowired
    Directory directory;
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
    UserDetailsService users;

    SignedIn signedIn;
    TeamTaskStories stories;

    @BeforeEach
    void twoInitiativesWithTasks() {
        signedIn = new SignedIn(users);
        stories = new TeamTaskStories(signedIn, tasks, portfolio, plan, agreements, referenceData, jdbc);
    }

    @Test
    @WithUserDetails("pm.us")
    void openTasksOfAnInitiativeAreListedByDueDateWithTheOverdueOneMarked() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin)));

        assertThat(view.filters.openOnly.getValue()).isTrue();
        assertThat(ids(view)).containsExactly(stories.overdue, stories.openOfLiaisonMx);
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "title", "title", String.class)).startsWith("Overdue report");
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "dueDate", "overdue", String.class)).isEqualTo("Overdue");
        assertThat(test(view.grid).getLitRendererPropertyValue(1, "dueDate", "overdue", String.class)).isEmpty();
        assertThat(test(view.grid).getLitRendererPropertyValue(0, "title", "href", String.class))
                .isEqualTo("tasks/" + stories.overdue);
        assertThat(rows(view).getFirst().overdue()).isTrue();
    }

    @Test
    @WithUserDetails("pm.us")
    void clickingATaskOpensItsPage() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin)));

        test(view.grid).clickRow(1);

        assertThat(getCurrentView()).isInstanceOf(TaskView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("tasks/" + stories.openOfLiaisonMx);
    }

    @Test
    @WithUserDetails("pm.us")
    void overdueOnlyKeepsTheOverdueTaskAndWritesTheLink() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin)));

        test(view.filters.overdueOnly).click();

        assertThat(ids(view)).containsExactly(stories.overdue);
        assertThat(view.filters.queryParameters().getParameters())
                .containsEntry("overdue", List.of("true"))
                .containsEntry("initiative", List.of(String.valueOf(stories.ledByBersin)));
    }

    @Test
    @WithUserDetails("pm.us")
    void closedTasksShowWhenOpenOnlyIsTurnedOffInTheLink() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin), "open", "false"));

        assertThat(view.filters.openOnly.getValue()).isFalse();
        assertThat(ids(view)).containsExactlyInAnyOrder(stories.overdue, stories.openOfLiaisonMx, stories.done);
    }

    @Test
    @WithUserDetails("pm.us")
    void filteringByAssigneeListsOnlyTheirTasks() {
        TeamTasksView view = open(Map.of("assignee", String.valueOf(stories.userId("liaison.us")),
                "initiative", String.valueOf(stories.ledByAguilar)));

        assertThat(view.filters.assignee.getValue().username()).isEqualTo("liaison.us");
        assertThat(ids(view)).containsExactly(stories.otherInitiative);

        view.filters.assignee.setValue(directory.findByUsername("liaison.mx").orElseThrow());

        assertThat(ids(view)).isEmpty();
    }

    @Test
    @WithUserDetails("pm.us")
    void theOtherCountrysInternalTasksAreNeverListedEvenFilteredByThatCountry() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin), "party", "MX"));

        assertThat(view.filters.party.getValue().getCode()).isEqualTo("MX");
        assertThat(view.filters.agency.getListDataView().getItems())
                .allMatch(agency -> agency.getParty().getCode().equals("MX"));
        assertThat(ids(view)).containsExactly(stories.openOfLiaisonMx);
    }

    @Test
    @WithUserDetails("pm.mx")
    void theCountryThatWroteAnInternalTaskSeesIt() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin), "party", "MX"));

        assertThat(ids(view)).containsExactlyInAnyOrder(stories.openOfLiaisonMx, stories.internalMx);
    }

    @Test
    @WithUserDetails("bersin")
    void aLeadSeesOnlyTheTasksOfTheInitiativesHeLeads() {
        TeamTasksView view = open(Map.of("assignee", String.valueOf(stories.userId("liaison.us"))));

        assertThat(ids(view)).contains(stories.overdue).doesNotContain(stories.otherInitiative);
        assertThat(rows(view)).noneMatch(row -> row.initiativeId() == stories.ledByAguilar);

        open(Map.of("initiative", String.valueOf(stories.ledByAguilar)));
        assertThat(ids((TeamTasksView) getCurrentView())).isEmpty();
    }

    @Test
    @WithUserDetails("pm.us")
    void bulkAssignmentReassignsTheSelectedTasksAndRecordsHistory() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin)));
        assertThat(view.assignSelected.isEnabled()).isFalse();

        test(view.grid).select(0);
        test(view.grid).select(1);
        test(view.assignSelected).click();
        BulkAssignDialog dialog = $(BulkAssignDialog.class).single();
        assertThat(dialog.getHeaderTitle()).isEqualTo("Assign 2 tasks");
        dialog.assignee.setValue(directory.findByUsername("aguilar").orElseThrow());
        test(dialog.assign).click();

        assertThat(test($(Notification.class).last()).getText()).isEqualTo("2 tasks reassigned");
        assertThat(dialog.isOpened()).isFalse();
        assertThat(rows(view)).extracting(TaskRow::assigneeId).containsOnly(stories.userId("aguilar"));
        assertThat(view.grid.getSelectedItems()).isEmpty();
        assertThat(tasks.history(stories.overdue)).filteredOn(line -> line.field().equals("assignee"))
                .extracting(HistoryLine::after).first().asString().contains("Aguilar");
    }

    @Test
    @WithUserDetails("pm.us")
    void bulkAssignmentWithAClosedTaskRefusesAtTheAssigneeAndChangesNothing() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin), "open", "false"));
        List<Long> ids = ids(view);
        test(view.grid).select(ids.indexOf(stories.done));
        test(view.grid).select(ids.indexOf(stories.overdue));
        test(view.assignSelected).click();
        BulkAssignDialog dialog = $(BulkAssignDialog.class).single();
        dialog.assignee.setValue(directory.findByUsername("aguilar").orElseThrow());
        test(dialog.assign).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(dialog.assignee.isInvalid()).isTrue();
        assertThat(dialog.assignee.getErrorMessage()).startsWith("Done and cancelled tasks cannot be reassigned");
        assertThat(tasks.detail(stories.overdue).row().assigneeId()).isEqualTo(stories.userId("liaison.us"));
        assertThat(tasks.detail(stories.done).row().assigneeId()).isEqualTo(stories.userId("liaison.us"));
    }

    @Test
    @WithUserDetails("pm.mx")
    void bulkAssignmentOfAnInternalTaskToSomeoneOfTheOtherCountryIsRefused() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin), "party", "MX"));
        List<Long> ids = ids(view);
        test(view.grid).select(ids.indexOf(stories.internalMx));
        test(view.grid).select(ids.indexOf(stories.openOfLiaisonMx));
        test(view.assignSelected).click();
        BulkAssignDialog dialog = $(BulkAssignDialog.class).single();
        dialog.assignee.setValue(directory.findByUsername("liaison.us").orElseThrow());
        test(dialog.assign).click();

        assertThat(dialog.assignee.getErrorMessage())
                .isEqualTo("Una tarea interna se queda con personas de su propio país.");
        assertThat(tasks.detail(stories.openOfLiaisonMx).row().assigneeId()).isEqualTo(stories.userId("liaison.mx"));
    }

    @Test
    @WithUserDetails("bersin")
    void bulkAssignmentOfTasksOfAnInitiativeTheLeadNoLongerLeadsIsDeniedClearly() {
        open(Map.of());
        var refreshed = new AtomicBoolean();
        var dialog = new BulkAssignDialog(tasks, List.of(stories.otherInitiative), () -> refreshed.set(true));
        dialog.open();
        roundTrip();
        dialog.assignee.setValue(directory.findByUsername("morton").orElseThrow());

        test(dialog.assign).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("You may only assign tasks of initiatives you lead. Nothing was reassigned.");
        assertThat(refreshed).isTrue();
        assertThat(signedIn.as("pm.us", () -> tasks.detail(stories.otherInitiative).row().assigneeId()))
                .isEqualTo(stories.userId("liaison.us"));
    }

    @Test
    @WithUserDetails("pm.us")
    void bulkAssignmentWithoutAPersonAsksForOne() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin)));
        test(view.grid).select(0);
        test(view.assignSelected).click();
        BulkAssignDialog dialog = $(BulkAssignDialog.class).single();

        test(dialog.assign).click();

        assertThat(dialog.assignee.getErrorMessage()).isEqualTo("Choose who the task is for.");
        assertThat(tasks.detail(stories.overdue).row().assigneeId()).isEqualTo(stories.userId("liaison.us"));
    }

    @Test
    @WithUserDetails("lead.mx")
    void spanishHeadersAndStatuses() {
        TeamTasksView view = open(Map.of("initiative", String.valueOf(stories.ledByBersin), "open", "false"));

        assertThat(test(view.grid).getHeaderCell(0)).isEqualTo("Vence");
        List<Long> ids = ids(view);
        assertThat(test(view.grid).getCellText(ids.indexOf(stories.done), 8)).isEqualTo("Terminada");
    }

    @Test
    @WithUserDetails("bersin")
    void newTaskAsksForAnInitiativeTheLeadMayAssignOn() {
        TeamTasksView view = open(Map.of());
        test(view.newTask).click();
        ChooseInitiativeDialog dialog = $(ChooseInitiativeDialog.class).single();

        test(dialog.next).click();
        assertThat(dialog.initiative.getErrorMessage()).isEqualTo("Choose an initiative.");

        dialog.initiative.setValue(new InitiativePicker.Choice(stories.ledByAguilar, "not his"));
        test(dialog.next).click();
        assertThat(dialog.initiative.getErrorMessage()).isEqualTo("You may only give tasks on initiatives you lead.");
        assertThat(dialog.isOpened()).isTrue();
    }

    private TeamTasksView open(Map<String, String> link) {
        UI.getCurrent().navigate(TeamTasksView.class, QueryParameters.simple(link));
        return (TeamTasksView) getCurrentView();
    }

    private List<TaskRow> rows(TeamTasksView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).toList();
    }

    private List<Long> ids(TeamTasksView view) {
        return rows(view).stream().map(TaskRow::id).toList();
    }
}
