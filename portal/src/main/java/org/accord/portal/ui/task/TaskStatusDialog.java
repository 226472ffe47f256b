package org.accord.portal.ui.task;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.portal.ui.TextLimits;
import org.accord.task.TaskDetail;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;

/**
 * Confirms a move that needs words or care: blocked asks the reason, done the completion note (both required),
 * cancelled a confirmation. A missing text is shown at the field and the dialog stays open.
 */
class TaskStatusDialog extends Dialog {

    final TextArea text = new TextArea();
    final Button confirm = new Button();

    TaskStatusDialog(Tasks tasks, TaskDetail detail, TaskStatus status, Runnable afterChange) {
        setId("task-status-dialog");
        setHeaderTitle(getTranslation("task.move." + status.name() + ".title", detail.row().title()));
        setWidth("min(32rem, 96vw)");
        setCloseOnOutsideClick(false);
        if (status == TaskStatus.CANCELLED) {
            add(new Paragraph(getTranslation("task.move.CANCELLED.message")));
        } else {
            text.setId("task-status-text");
            text.setLabel(getTranslation("task.move." + status.name() + ".label"));
            text.setRequiredIndicatorVisible(true);
            TextLimits.atMost(text, status == TaskStatus.BLOCKED ? 1000 : 4000);
            text.setWidthFull();
            text.setAutofocus(true);
            add(text);
        }
        confirm.setId("task-status-confirm");
        confirm.setText(getTranslation("task.move." + status.name()));
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        if (status == TaskStatus.CANCELLED) {
            confirm.addThemeVariants(ButtonVariant.ERROR);
        }
        confirm.addClickListener(click -> {
            if (TaskChanges.attempt(() -> tasks.changeStatus(detail.row().id(), detail.row().version(), status,
                    text.getValue()), refused -> {
                text.setErrorMessage(getTranslation(refused.messageKey()));
                text.setInvalid(true);
            })) {
                close();
                afterChange.run();
            }
        });
        var back = new Button(getTranslation("action.cancel"), click -> close());
        back.setId("task-status-back");
        getFooter().add(back, confirm);
    }
}
