package org.accord.portal.ui.task;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.PermitAll;
import org.accord.milestone.MilestonePlan;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.shared.EditConflictException;
import org.accord.task.TaskDetail;
import org.accord.task.TaskMoves;
import org.accord.task.TaskRow;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;

/**
 * One task ({@code tasks/12}): what is to be done, by whom, by when and where it stands, with the moves the viewer
 * may make, its comments, evidence and history. A task that does not exist or is internal to the other country
 * is "not found". After every change the page shows the task as stored now.
 */
@Route(value = "tasks/:id([0-9]{1,18})", layout = MainLayout.class)
@PermitAll
public class TaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final H1 title = new H1();
    final HorizontalLayout badges = new HorizontalLayout();
    final DescriptionList facts = new DescriptionList();
    final Button start = new Button();
    final Button block = new Button();
    final Button done = new Button();
    final Button reopen = new Button();
    final Button cancel = new Button();
    final Button edit = new Button();
    final TabSheet tabs = new TabSheet();
    final Paragraph notFound = new Paragraph();
    final VerticalLayout content = new VerticalLayout();
    TaskComments comments;
    TaskEvidenceList evidence;
    /** Null for those who may not read the task's history (DESIGN.md §4): they get no History tab. */
    TaskHistory history;

    private final Tasks tasks;
    private final MilestonePlan milestones;
    private long taskId;
    private TaskDetail detail;

    public TaskView(Tasks tasks, MilestonePlan milestones) {
        this.tasks = tasks;
        this.milestones = milestones;
        setId("task-view");
        var back = new RouterLink(getTranslation("task.back"), MyTasksView.class);
        back.setId("task-back");
        notFound.setId("task-not-found");
        notFound.setText(getTranslation("task.not-found"));
        notFound.setVisible(false);
        content.setPadding(false);
        facts.addClassName("accord-facts");
        facts.setId("task-facts");
        badges.setId("task-badges");
        badges.setSpacing(true);
        badges.setAlignItems(FlexComponent.Alignment.CENTER);
        tabs.setWidthFull();
        title.getElement().setAttribute("tabindex", "-1");
        content.add(new HorizontalLayout(title, badges), actions(), facts, tabs);
        add(back, notFound, content);
    }

    /** The route parameters of the task's page, for links and navigation from other views. */
    public static RouteParameters of(long taskId) {
        return new RouteParameters("id", String.valueOf(taskId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        taskId = event.getRouteParameters().getLong("id").orElse(-1L);
        reload();
    }

    /** Shows the task as stored now, on the tab the user was looking at; or that there is no such task. */
    void reload() {
        try {
            detail = tasks.detail(taskId);
        } catch (EditConflictException missing) {
            detail = null;
            notFound.setVisible(true);
            content.setVisible(false);
            return;
        }
        notFound.setVisible(false);
        content.setVisible(true);
        TaskRow row = detail.row();
        title.setText(row.title());
        badges.removeAll();
        badges.add(TaskBadges.status(row.status()));
        if (row.overdue()) {
            badges.add(TaskBadges.overdue());
        }
        if (row.internal()) {
            badges.add(TaskBadges.internal());
        }
        showFacts(row);
        showActions(row);
        showTabs();
        MainLayout layout = findAncestor(MainLayout.class);
        if (layout != null) {
            layout.showMyTaskCounts();
        }
    }

    private HorizontalLayout actions() {
        action(start, "task-start", "task.action.start", VaadinIcon.PLAY, () -> move(TaskStatus.IN_PROGRESS));
        action(block, "task-block", "task.action.block", VaadinIcon.BAN, () -> askFor(TaskStatus.BLOCKED));
        action(done, "task-done", "task.action.done", VaadinIcon.CHECK, () -> askFor(TaskStatus.DONE));
        done.addThemeVariants(ButtonVariant.PRIMARY);
        action(reopen, "task-reopen", "task.action.reopen", VaadinIcon.REFRESH, () -> move(TaskStatus.OPEN));
        action(edit, "task-edit", "task.action.edit", VaadinIcon.EDIT, this::openEditor);
        action(cancel, "task-cancel-task", "task.action.cancel", VaadinIcon.CLOSE, () -> askFor(TaskStatus.CANCELLED));
        cancel.addThemeVariants(ButtonVariant.ERROR);
        var actions = new HorizontalLayout(start, block, done, reopen, edit, cancel);
        actions.setId("task-actions");
        actions.addClassName(LumoUtility.FlexWrap.WRAP);
        return actions;
    }

    private void action(Button button, String id, String key, VaadinIcon icon, Runnable onClick) {
        button.setId(id);
        button.setText(getTranslation(key));
        button.setIcon(icon.create());
        button.addClickListener(click -> onClick.run());
    }

    /** Start or reopen: nothing to ask, the page shows the result either way. */
    private void move(TaskStatus status) {
        TaskChanges.attempt(() -> tasks.changeStatus(taskId, version(), status, null),
                refused -> TaskChanges.notify(refused.messageKey(), NotificationVariant.ERROR));
        reloadAfterMove();
    }

    /**
     * The button that moved the task is gone (a done task has no "Mark done"): focus goes to the page's heading,
     * from where the new status is read next, instead of being lost to the page's start.
     */
    private void reloadAfterMove() {
        reload();
        title.getElement().callJsFunction("focus");
    }

    private void openEditor() {
        try {
            new TaskDialog(tasks, milestones, tasks.edit(taskId), this::reload).open();
        } catch (EditConflictException gone) {
            TaskChanges.notify("task.conflict", NotificationVariant.ERROR);
            reload();
        }
    }

    private void askFor(TaskStatus status) {
        new TaskStatusDialog(tasks, detail, status, this::reloadAfterMove).open();
    }

    private long version() {
        return detail.row().version();
    }

    /** The version of the task the page shows, which every change sends back. */
    long detailVersion() {
        return version();
    }

    /** The moves {@link TaskMoves} allows the viewer, the same table the service enforces. */
    private void showActions(TaskRow row) {
        TaskStatus status = row.status();
        start.setVisible(mayMove(status, TaskStatus.IN_PROGRESS));
        block.setVisible(mayMove(status, TaskStatus.BLOCKED));
        done.setVisible(mayMove(status, TaskStatus.DONE));
        reopen.setVisible(mayMove(status, TaskStatus.OPEN));
        edit.setVisible(detail.mayEdit() && !status.isClosed());
        cancel.setVisible(mayMove(status, TaskStatus.CANCELLED));
    }

    private boolean mayMove(TaskStatus from, TaskStatus to) {
        return detail.mayWork() && TaskMoves.allows(from, to, detail.mayEdit());
    }

    private void showFacts(TaskRow row) {
        facts.removeAll();
        fact("task.field.dueDate", text(Dates.date(row.dueDate())), "fact-due");
        fact("task.field.priority", text(TaskTexts.priority(row.priority())), "fact-priority");
        var initiative = new RouterLink(TaskTexts.initiative(row), InitiativeView.class, row.initiativeId());
        initiative.setId("task-initiative");
        fact("task.field.initiative", initiative, "fact-initiative");
        if (row.milestoneId() != null) {
            fact("task.field.milestone", text(TaskTexts.milestone(row)), "fact-milestone");
        }
        fact("task.field.assignee", text(getTranslation("task.assignee.of", row.assigneeName(),
                row.assigneePartyCode(), row.assigneeAgencyCode())), "fact-assignee");
        fact("task.field.assigned", text(getTranslation("task.assigned.by-at", detail.assignedByName(),
                Dates.dateTime(detail.assignedAt()))), "fact-assigned");
        if (detail.description() != null) {
            var description = text(detail.description());
            description.addClassName(LumoUtility.Whitespace.PRE_WRAP);
            fact("task.field.description", description, "fact-description");
        }
        if (detail.blockedReason() != null) {
            fact("task.field.blockedReason", text(detail.blockedReason()), "fact-blocked-reason");
        }
        if (detail.completionNote() != null) {
            var note = text(detail.completionNote());
            note.addClassName(LumoUtility.Whitespace.PRE_WRAP);
            fact("task.field.completionNote", note, "fact-completion-note");
        }
        if (detail.closedAt() != null) {
            fact("task.field.closedAt", text(Dates.dateTime(detail.closedAt())), "fact-closed-at");
        }
    }

    private void fact(String key, Component value, String id) {
        var description = new DescriptionList.Description(value);
        description.setId(id);
        facts.add(new DescriptionList.Term(getTranslation(key)), description);
    }

    private static Span text(String value) {
        return new Span(value == null ? "" : value);
    }

    private void showTabs() {
        int selected = Math.max(tabs.getSelectedIndex(), 0);
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        comments = new TaskComments(tasks, detail, this::reload);
        evidence = new TaskEvidenceList(tasks, detail, this::reload);
        history = tasks.mayReadHistory(taskId) ? new TaskHistory(tasks.history(taskId)) : null;
        tabs.add(getTranslation("task.tab.comments"), comments).setId("tab-task-comments");
        tabs.add(getTranslation("task.tab.evidence"), evidence).setId("tab-task-evidence");
        if (history != null) {
            tabs.add(getTranslation("task.tab.history"), history).setId("tab-task-history");
        }
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
    }

    @Override
    public String getPageTitle() {
        return detail == null ? getTranslation("task.title.page.none")
                : getTranslation("task.title.page", detail.row().title());
    }
}
