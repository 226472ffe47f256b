package org.accord.portal.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.task.Tasks;
import org.springframework.security.access.AccessDeniedException;

/**
 * Gives the selected tasks to one person, all or none. A refusal (a closed task among them, a disabled person,
 * someone of the other country for an internal task) is shown at the person and nothing changes.
 */
class BulkAssignDialog extends Dialog {

    final AssigneeComboBox assignee;
    final Button assign = new Button();

    BulkAssignDialog(Tasks tasks, List<Long> taskIds, Runnable afterwards) {
        this.assignee = new AssigneeComboBox(tasks);
        setId("bulk-assign-dialog");
        setHeaderTitle(getTranslation("team-tasks.bulk.title", taskIds.size()));
        assignee.setId("bulk-assignee");
        assignee.setAutofocus(true);
        assignee.setLabel(getTranslation("team-tasks.bulk.assignee"));
        assignee.setWidthFull();
        assignee.addValueChangeListener(event -> assignee.setInvalid(false));
        add(new Paragraph(getTranslation("team-tasks.bulk.hint")), assignee);
        setWidth("30rem");
        assign.setText(getTranslation("team-tasks.bulk.assign"));
        assign.setId("bulk-assign-save");
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.addClickListener(click -> assign(tasks, taskIds, afterwards));
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("bulk-assign-cancel");
        getFooter().add(cancel, assign);
    }

    private void assign(Tasks tasks, List<Long> taskIds, Runnable afterwards) {
        if (assignee.getValue() == null) {
            showAtAssignee("task.assignee.required");
            return;
        }
        try {
            int changed = tasks.assignAll(taskIds, assignee.getValue().id());
            TaskNotices.success(getTranslation("team-tasks.bulk.done", changed));
        } catch (InvalidInputException refused) {
            showAtAssignee(refused.messageKey());
            return;
        } catch (EditConflictException conflict) {
            TaskNotices.error(getTranslation("team-tasks.bulk.conflict"));
        } catch (AccessDeniedException denied) {
            TaskNotices.error(getTranslation("team-tasks.bulk.denied"));
        }
        close();
        afterwards.run();
    }

    private void showAtAssignee(String messageKey) {
        assignee.setErrorMessage(getTranslation(messageKey));
        assignee.setInvalid(true);
    }
}
