package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.accord.initiative.InitiativePortfolio;
import org.accord.task.Tasks;

/** First step of a new task from the team view: which initiative it is for; then the new-task page. */
class ChooseInitiativeDialog extends Dialog {

    final InitiativePicker initiative;
    final Button next = new Button();

    /** {@code ledBy}: a lead is offered the initiatives he leads; null offers all. */
    ChooseInitiativeDialog(Tasks tasks, InitiativePortfolio portfolio, Long ledBy) {
        this.initiative = new InitiativePicker(portfolio, ledBy);
        setId("choose-initiative-dialog");
        setHeaderTitle(getTranslation("team-tasks.new.title"));
        initiative.setId("new-task-initiative");
        initiative.setAutofocus(true);
        initiative.setLabel(getTranslation("team-tasks.initiative"));
        initiative.setPlaceholder(getTranslation("team-tasks.new.initiative-hint"));
        initiative.setWidthFull();
        initiative.addValueChangeListener(event -> initiative.setInvalid(false));
        add(initiative);
        setWidth("30rem");
        next.setText(getTranslation("team-tasks.new.next"));
        next.setId("new-task-next");
        next.addThemeVariants(ButtonVariant.PRIMARY);
        next.addClickListener(click -> {
            if (initiative.getValue() == null) {
                refuse("task.initiative.required");
            } else if (!tasks.mayAssign(initiative.getValue().id())) {
                refuse("team-tasks.new.not-yours");
            } else {
                close();
                UI.getCurrent().navigate(NewTaskView.class, NewTaskView.forInitiative(initiative.getValue().id()));
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), next);
    }

    private void refuse(String messageKey) {
        initiative.setErrorMessage(getTranslation(messageKey));
        initiative.setInvalid(true);
    }
}
