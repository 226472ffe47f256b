package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.accord.agreement.AgreementChoices;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.Priority;
import org.accord.people.Directory;
import org.accord.people.Language;
import org.accord.people.PersonRef;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.FilterLink;
import org.accord.portal.ui.ExportColumn;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.ExportMenu;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.shared.export.CellType;
import org.accord.task.TaskFilter;
import org.accord.task.TaskRow;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;

/**
 * The team's tasks for program managers, administrators and oversight leads (leads see the tasks of the
 * initiatives they lead), a page at a time, filtered by the page's link; several can be reassigned at once.
 */
@Route(value = "tasks", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "PROGRAM_MANAGER", "OVERSIGHT_LEAD"})
public class TeamTasksView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<TaskRow> grid = new Grid<>();
    final TeamTaskFilterBar filters;
    private final FilterLink link;
    final Button assignSelected = new Button();
    final Button newTask = new Button();
    final ExportMenu<TaskRow> export;

    private final Tasks tasks;

    public TeamTasksView(Tasks tasks, InitiativePortfolio portfolio, Agreements agreements,
                         ReferenceData referenceData, Directory directory) {
        this.tasks = tasks;
        PersonRef me = directory.me();
        AgreementChoices choices = agreements.choices();
        Long ledBy = me.isAdminOrProgramManager() ? null : me.id();
        this.filters = new TeamTaskFilterBar(new AssigneeComboBox(tasks), new InitiativePicker(portfolio, ledBy),
                referenceData.parties(), referenceData.activeAgencies(), choices.agreements(), choices.commitments(),
                directory);
        setId("team-tasks-view");
        setSizeFull();

        newTask.setText(getTranslation("team-tasks.new"));
        newTask.setIcon(VaadinIcon.PLUS.create());
        newTask.setId("team-tasks-new");
        newTask.addThemeVariants(ButtonVariant.PRIMARY);
        newTask.addClickListener(click -> new ChooseInitiativeDialog(tasks, portfolio, ledBy).open());
        assignSelected.setText(getTranslation("team-tasks.assign-selected"));
        assignSelected.setIcon(VaadinIcon.USER_CHECK.create());
        assignSelected.setId("team-tasks-assign");
        assignSelected.setEnabled(false);
        assignSelected.addClickListener(click -> new BulkAssignDialog(tasks,
                grid.getSelectedItems().stream().map(TaskRow::id).toList(), this::refresh).open());
        export = new ExportMenu<>("team-tasks", "tasks", getTranslation("team-tasks.heading"), grid, exportColumns(),
                () -> {
                    TaskFilter filter = filter();
                    return (sort, batch) -> tasks.exportTeam(filter, sort, batch);
                });
        var heading = new HorizontalLayout(new H1(getTranslation("team-tasks.heading")), newTask, assignSelected,
                export);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid();
        link = new FilterLink(TeamTasksView.class, filters::queryParameters);
        filters.onChange(this::filterChanged);
        add(heading, filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("team-tasks-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("team-tasks.empty"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        // Drawn by the browser from each row's data (no component per row): the due date and, when an open task is
        // past it, an "Overdue" badge in words; the title is a link to the task.
        var due = grid.addColumn(LitRenderer.<TaskRow>of(
                        "${item.due} <span theme=\"${item.overdueTheme}\">${item.overdue}</span>")
                        .withProperty("due", row -> Dates.date(row.dueDate()))
                        .withProperty("overdue", row -> row.overdue() ? getTranslation("task.overdue") : "")
                        .withProperty("overdueTheme", row -> row.overdue() ? "badge error" : ""))
                .setKey("dueDate")
                .setSortProperty("dueDate").setHeader(getTranslation("team-tasks.due")).setAutoWidth(true);
        // The title is a link, so the keyboard reaches each task (Space on a row selects it for bulk assignment).
        RouteConfiguration routes = RouteConfiguration.forApplicationScope();
        var title = grid.addColumn(LitRenderer.<TaskRow>of("<a href=\"${item.href}\" router-link>${item.title}</a>")
                        .withProperty("href", row -> routes.getUrl(TaskView.class, TaskView.of(row.id())))
                        .withProperty("title", TaskRow::title))
                .setKey("title").setSortProperty("title")
                .setHeader(getTranslation("team-tasks.title-column")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(TaskRow::assigneeName).setKey("assignee").setSortProperty("assignee")
                .setHeader(getTranslation("team-tasks.assignee")).setAutoWidth(true);
        grid.addColumn(TaskRow::assigneePartyCode).setKey("party")
                .setHeader(getTranslation("team-tasks.party")).setAutoWidth(true);
        grid.addColumn(TaskRow::assigneeAgencyCode).setKey("agency")
                .setHeader(getTranslation("team-tasks.agency")).setAutoWidth(true);
        grid.addColumn(TaskRow::initiativeCode).setKey("initiative").setSortProperty("initiative")
                .setHeader(getTranslation("team-tasks.initiative")).setAutoWidth(true);
        grid.addColumn(TaskTexts::milestone).setKey("milestone")
                .setHeader(getTranslation("team-tasks.milestone")).setWidth("12rem").setFlexGrow(1);
        grid.addColumn(row -> TaskTexts.priority(row.priority())).setKey("priority").setSortProperty("priority")
                .setHeader(getTranslation("team-tasks.priority")).setAutoWidth(true);
        grid.addColumn(row -> TaskTexts.status(row.status())).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("team-tasks.status")).setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(due, SortDirection.ASCENDING)));
        grid.setItems(query -> tasks.team(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> tasks.countTeam(filter()));
        grid.addSelectionListener(event -> assignSelected.setEnabled(!event.getAllSelectedItems().isEmpty()));
        grid.addItemClickListener(event -> {
            if (event.getColumn() != title) {
                UI.getCurrent().navigate(TaskView.class, TaskView.of(event.getItem().id()));
            }
        });
    }

    /** The grid's columns, with the due date typed. */
    private List<ExportColumn<TaskRow>> exportColumns() {
        Map<Priority, String> priorities = ExportColumn.texts(Priority.class, TaskTexts::priority);
        Map<TaskStatus, String> statuses = ExportColumn.texts(TaskStatus.class, TaskTexts::status);
        boolean spanish = Texts.currentLanguage() == Language.ES;
        return List.of(
                new ExportColumn<>(getTranslation("team-tasks.due"), CellType.DATE, 12, TaskRow::dueDate),
                new ExportColumn<>(getTranslation("team-tasks.title-column"), CellType.TEXT, 50, TaskRow::title),
                new ExportColumn<>(getTranslation("team-tasks.assignee"), CellType.TEXT, 24, TaskRow::assigneeName),
                new ExportColumn<>(getTranslation("team-tasks.party"), CellType.TEXT, 8, TaskRow::assigneePartyCode),
                new ExportColumn<>(getTranslation("team-tasks.agency"), CellType.TEXT, 10, TaskRow::assigneeAgencyCode),
                new ExportColumn<>(getTranslation("team-tasks.initiative"), CellType.TEXT, 14, TaskRow::initiativeCode),
                new ExportColumn<>(getTranslation("team-tasks.milestone"), CellType.TEXT, 40,
                        row -> spanish ? row.milestoneTitleEs() : row.milestoneTitleEn()),
                new ExportColumn<>(getTranslation("team-tasks.priority"), CellType.TEXT, 10,
                        row -> priorities.get(row.priority())),
                new ExportColumn<>(getTranslation("team-tasks.status"), CellType.TEXT, 14,
                        row -> statuses.get(row.status())));
    }

    TaskFilter filter() {
        return filters.filter();
    }

    private void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(event.getLocation().getQueryParameters());
        link.entered(event.getLocation());
        refresh();
    }

    private void filterChanged() {
        link.filtersChanged();
        refresh();
    }

    /** Where the page is, filters included: the link to share. */
    String shareableLocation() {
        return link.shareable();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("team-tasks.title");
    }
}
