package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import org.accord.milestone.MilestonePlan;
import org.accord.portal.ui.LinkParameters;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.shared.EditConflictException;
import org.accord.task.Tasks;

/**
 * A new task for an initiative ({@code tasks/new?initiative=7}, optionally {@code &milestone=3}): opens the task
 * dialog and, once saved, the new task's page. Those who may not assign on the initiative are told so.
 */
@Route(value = "tasks/new", layout = MainLayout.class)
@PermitAll
public class NewTaskView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String INITIATIVE = "initiative";
    static final String MILESTONE = "milestone";

    final Paragraph message = new Paragraph();
    TaskDialog dialog;

    private final Tasks tasks;
    private final MilestonePlan milestones;

    public NewTaskView(Tasks tasks, MilestonePlan milestones) {
        this.tasks = tasks;
        this.milestones = milestones;
        setId("new-task-view");
        message.setId("new-task-message");
        add(new H1(getTranslation("task.new")), message);
    }

    /** Where to create a task for the initiative, for buttons and links of other views. */
    public static QueryParameters forInitiative(long initiativeId) {
        return QueryParameters.of(INITIATIVE, String.valueOf(initiativeId));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters();
        Optional<Long> initiativeId = LinkParameters.number(parameters, INITIATIVE);
        if (initiativeId.isEmpty() || !mayAssign(initiativeId.get())) {
            message.setText(getTranslation("task.new.not-allowed"));
            return;
        }
        long initiative = initiativeId.get();
        var back = new RouterLink(getTranslation("task.new.back"), InitiativeView.class, initiative);
        back.setId("new-task-back");
        add(back);
        message.setText(getTranslation("task.new.hint"));
        var draft = tasks.newDraft(initiative, LinkParameters.number(parameters, MILESTONE).orElse(null));
        dialog = new TaskDialog(tasks, milestones, draft, () -> UI.getCurrent().navigate(TaskView.class,
                TaskView.of(dialog.savedTaskId())));
        dialog.open();
        var reopen = new Button(getTranslation("task.new.open"), click -> dialog.open());
        reopen.setId("new-task-open");
        add(reopen);
    }

    private boolean mayAssign(long initiativeId) {
        try {
            return tasks.mayAssign(initiativeId);
        } catch (EditConflictException missing) {
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("task.new");
    }
}
