package org.accord.portal.ui.task;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.accord.initiative.Priority;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.people.PersonRef;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;
import org.accord.task.TaskDraft;
import org.accord.task.TaskRow;
import org.accord.task.Tasks;

/**
 * Creates a task or changes one: title, description, assignee (a new one reassigns), due date, priority,
 * milestone and, for a new task, whether only the author's country sees it. A refused value is shown at its
 * field and the dialog stays open with everything typed.
 */
public class TaskDialog extends Dialog {

    static final int CHOICES = 50;

    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final ComboBox<PersonRef> assignee = new ComboBox<>();
    final DatePicker dueDate = new DatePicker();
    final Select<Priority> priority = new Select<>();
    final Select<MilestoneRow> milestone = new Select<>();
    final Checkbox internal = new Checkbox();
    final Button save = new Button();

    private final Tasks tasks;
    private final TaskDraft draft;
    private final BeanValidationBinder<TaskDraft> binder = new BeanValidationBinder<>(TaskDraft.class);
    private Long savedTaskId;

    public TaskDialog(Tasks tasks, MilestonePlan milestones, TaskDraft draft, Runnable onSaved) {
        this.tasks = tasks;
        this.draft = draft;
        setId("task-dialog");
        setHeaderTitle(getTranslation(draft.isNew() ? "task.new" : "task.edit"));
        setWidth("min(48rem, 96vw)");
        setCloseOnOutsideClick(false);

        title.setId("task-title");
        title.setAutofocus(true);
        title.setLabel(getTranslation("task.field.title"));
        TextLimits.atMost(title, 300);
        description.setId("task-description");
        description.setLabel(getTranslation("task.field.description"));
        TextLimits.atMost(description, 4000);
        assigneeField();
        dueDate.setId("task-due");
        dueDate.setLabel(getTranslation("task.field.dueDate"));
        Dates.localize(dueDate);
        dueDate.setI18n(dueDate.getI18n().setMinErrorMessage(getTranslation("task.due.past")));
        if (draft.isNew()) {
            dueDate.setMin(LocalDate.now());
        }
        priority.setId("task-priority");
        priority.setLabel(getTranslation("task.field.priority"));
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(TaskTexts::priority);
        milestoneField(milestones);
        internal.setId("task-internal");
        internal.setLabel(getTranslation("task.internal"));
        internal.setHelperText(getTranslation("task.internal.hint"));
        internal.setVisible(draft.isNew());

        binder.forField(title).bind("title");
        binder.forField(description).bind("description");
        binder.forField(dueDate).bind("dueDate");
        binder.forField(priority).bind("priority");
        binder.forField(internal).bind("internal");
        binder.readBean(draft);

        var form = new FormLayout(title, assignee, dueDate, priority, milestone, description, internal);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(internal, 2);
        add(form);

        save.setId("task-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save(onSaved));
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("task-cancel");
        getFooter().add(cancel, save);
    }

    /** The id of the task once saved, null before. */
    public Long savedTaskId() {
        return savedTaskId;
    }

    private void assigneeField() {
        assignee.setId("task-assignee");
        assignee.setLabel(getTranslation("task.field.assignee"));
        assignee.setRequiredIndicatorVisible(true);
        assignee.setItemLabelGenerator(PersonRef::label);
        assignee.setItems(query -> tasks.assignable(query.getFilter().orElse(""), CHOICES).stream()
                        .skip(query.getOffset()).limit(query.getLimit()))
                .setIdentifierProvider(PersonRef::id);
        assignee.setClearButtonVisible(true);
        if (draft.getAssigneeId() != null && !draft.isNew()) {
            TaskRow row = tasks.detail(draft.getId()).row();
            assignee.setValue(new PersonRef(row.assigneeId(), null, row.assigneeName(), 0, row.assigneePartyCode(),
                    row.assigneeAgencyCode(), true, Set.of()));
        }
    }

    private void milestoneField(MilestonePlan milestones) {
        milestone.setId("task-milestone");
        milestone.setLabel(getTranslation("task.field.milestone"));
        var choices = milestones.ofInitiative(draft.getInitiativeId()).milestones();
        milestone.setItems(choices);
        milestone.setItemLabelGenerator(row -> row == null ? getTranslation("task.milestone.none")
                : row.title(Texts.currentLanguage()));
        milestone.setEmptySelectionAllowed(true);
        milestone.setEmptySelectionCaption(getTranslation("task.milestone.none"));
        choices.stream().filter(row -> Long.valueOf(row.id()).equals(draft.getMilestoneId())).findFirst()
                .ifPresent(milestone::setValue);
    }

    private void save(Runnable onSaved) {
        clearErrors();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        draft.setAssigneeId(assignee.getValue() == null ? null : assignee.getValue().id());
        draft.setMilestoneId(milestone.getValue() == null ? null : milestone.getValue().id());
        if (TaskChanges.attempt(() -> savedTaskId = tasks.save(draft),
                refused -> showError(refused.field(), getTranslation(refused.messageKey())))) {
            close();
            onSaved.run();
        }
    }

    /** Shows a refused value at its field; a refusal of no field of the form (the initiative) as a notification. */
    void showError(String field, String message) {
        Map<String, HasValidation> fields = Map.of("title", title, "description", description, "assigneeId", assignee,
                "dueDate", dueDate, "priority", priority, "milestoneId", milestone);
        HasValidation target = fields.get(field);
        if (target == null) {
            Notification.show(message, 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.ERROR);
            return;
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    private void clearErrors() {
        assignee.setInvalid(false);
        milestone.setInvalid(false);
    }
}
