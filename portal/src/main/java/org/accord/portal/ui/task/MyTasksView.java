package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.MainLayout;
import org.accord.task.TaskCounts;
import org.accord.task.TaskRow;
import org.accord.task.Tasks;

/**
 * The signed-in person's tasks, the liaison's landing page: open ones with the overdue first, then by due date;
 * or the done and cancelled ones ({@code my-tasks?show=closed}), the latest first.
 */
@Route(value = "my-tasks", layout = MainLayout.class)
@PermitAll
public class MyTasksView extends VerticalLayout implements BeforeEnterObserver, AfterNavigationObserver,
        HasDynamicTitle {

    static final String SHOW = "show";
    static final String CLOSED = "closed";

    final Paragraph counts = new Paragraph();
    final Tab open = new Tab();
    final Tab closed = new Tab();
    final Tabs show = new Tabs(open, closed);
    final Grid<TaskRow> grid = new Grid<>();

    private final Tasks tasks;
    private boolean showClosed;
    private TaskCounts mine;

    public MyTasksView(Tasks tasks) {
        this.tasks = tasks;
        setId("my-tasks-view");
        setSizeFull();
        counts.setId("my-tasks-counts");
        open.setLabel(getTranslation("my-tasks.open"));
        open.setId("my-tasks-open");
        closed.setLabel(getTranslation("my-tasks.closed"));
        closed.setId("my-tasks-closed");
        show.setId("my-tasks-show");
        show.addSelectedChangeListener(event -> {
            boolean wantClosed = show.getSelectedTab() == closed;
            if (event.isFromClient() && wantClosed != showClosed) {
                UI.getCurrent().navigate(MyTasksView.class,
                        wantClosed ? QueryParameters.of(SHOW, CLOSED) : QueryParameters.empty());
            }
        });
        columns();
        add(new H1(getTranslation("my-tasks.title")), counts, show, grid);
    }

    private void columns() {
        grid.setId("my-tasks-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addComponentColumn(this::due).setKey("dueDate").setSortProperty("dueDate")
                .setHeader(getTranslation("task.field.dueDate")).setAutoWidth(true);
        grid.addColumn(TaskRow::title).setKey("title").setSortProperty("title")
                .setHeader(getTranslation("task.field.title")).setFlexGrow(2);
        grid.addColumn(TaskRow::initiativeCode).setKey("initiative").setSortProperty("initiative")
                .setHeader(getTranslation("task.field.initiative")).setAutoWidth(true);
        grid.addColumn(TaskTexts::milestone).setKey("milestone")
                .setHeader(getTranslation("task.field.milestone")).setFlexGrow(1);
        grid.addColumn(row -> TaskTexts.priority(row.priority())).setKey("priority").setSortProperty("priority")
                .setHeader(getTranslation("task.field.priority")).setAutoWidth(true);
        grid.addComponentColumn(row -> TaskBadges.status(row.status())).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("task.field.status")).setAutoWidth(true);
        // Selecting a row opens its task: a click, or Space on the row the arrow keys moved to.
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                UI.getCurrent().navigate(TaskView.class, TaskView.of(event.getValue().id()));
            }
        });
    }

    private Div due(TaskRow row) {
        var due = new Div(new Span(Dates.date(row.dueDate())));
        if (row.overdue()) {
            var badge = TaskBadges.overdue();
            badge.addClassName(LumoUtility.Margin.Start.SMALL);
            due.add(badge);
        }
        return due;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        showClosed = event.getLocation().getQueryParameters().getSingleParameter(SHOW).filter(CLOSED::equals)
                .isPresent();
        show.setSelectedTab(showClosed ? closed : open);
        mine = tasks.myCounts();
        counts.setText(mine.overdue() > 0 ? getTranslation("my-tasks.counts.overdue", mine.open(), mine.overdue())
                : getTranslation("my-tasks.counts", mine.open()));
        grid.setEmptyStateText(getTranslation(showClosed ? "my-tasks.none-closed" : "my-tasks.none-open"));
        boolean closedList = showClosed;
        grid.setItems(query -> tasks.mine(closedList, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> tasks.countMine(closedList));
    }

    /** The navigation's count says what this page says, without reading it again. */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.showMyTaskCounts(mine);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("my-tasks.title");
    }
}
