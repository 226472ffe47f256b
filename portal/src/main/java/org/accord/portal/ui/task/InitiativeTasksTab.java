package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.accord.task.TaskRow;
import org.accord.task.Tasks;

/**
 * The Tasks tab of an initiative: its tasks that the viewer may see, open ones first by due date, each
 * linking to its page; those who may assign on the initiative get "New task".
 */
public class InitiativeTasksTab extends VerticalLayout {

    final Button newTask = new Button();
    final Grid<TaskRow> grid = new Grid<>();

    public InitiativeTasksTab(Tasks tasks, long initiativeId) {
        setId("initiative-tasks");
        setPadding(false);
        newTask.setId("initiative-task-new");
        newTask.setText(getTranslation("team-tasks.new"));
        newTask.setIcon(VaadinIcon.PLUS.create());
        newTask.addThemeVariants(ButtonVariant.PRIMARY);
        newTask.setVisible(tasks.mayAssign(initiativeId));
        newTask.addClickListener(click -> UI.getCurrent().navigate(NewTaskView.class,
                NewTaskView.forInitiative(initiativeId)));
        grid.setId("initiative-tasks-grid");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("team-tasks.initiative.empty"));
        grid.addComponentColumn(DueDateCell::new).setKey("dueDate").setHeader(getTranslation("team-tasks.due"))
                .setAutoWidth(true);
        grid.addComponentColumn(InitiativeTasksTab::link).setKey("title")
                .setHeader(getTranslation("team-tasks.title-column")).setFlexGrow(3);
        grid.addColumn(TaskRow::assigneeName).setKey("assignee").setHeader(getTranslation("team-tasks.assignee"))
                .setAutoWidth(true);
        grid.addColumn(TaskTexts::milestone).setKey("milestone").setHeader(getTranslation("team-tasks.milestone"))
                .setFlexGrow(1);
        grid.addColumn(row -> TaskTexts.priority(row.priority())).setKey("priority")
                .setHeader(getTranslation("team-tasks.priority")).setAutoWidth(true);
        grid.addColumn(row -> TaskTexts.status(row.status())).setKey("status")
                .setHeader(getTranslation("team-tasks.status")).setAutoWidth(true);
        grid.setItems(tasks.ofInitiative(initiativeId));
        add(newTask, grid);
    }

    private static RouterLink link(TaskRow row) {
        var link = new RouterLink(row.title(), TaskView.class, TaskView.of(row.id()));
        link.addClassName("initiative-task-link");
        return link;
    }
}
