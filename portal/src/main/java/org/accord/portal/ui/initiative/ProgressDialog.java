package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Arrays;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.portal.ui.TextLimits;
import org.accord.shared.InvalidInputException;

/** An oversight lead (or a program manager) says where the initiative stands: status, health and why. */
class ProgressDialog extends Dialog {

    final Select<InitiativeStatus> status = new Select<>();
    final Select<Health> health = new Select<>();
    final TextArea reason = new TextArea();
    final Button save = new Button();

    ProgressDialog(InitiativeDetail detail, InitiativePortfolio portfolio, InitiativeChanges changes) {
        setHeaderTitle(getTranslation("initiative.progress.title", detail.code()));
        setId("progress-dialog");

        status.setLabel(getTranslation("initiative.status"));
        status.setAutofocus(true);
        status.setItems(Arrays.stream(InitiativeStatus.values()).filter(value -> value != InitiativeStatus.CANCELLED)
                .toList());
        status.setItemLabelGenerator(InitiativeTexts::status);
        status.setValue(detail.status());
        health.setLabel(getTranslation("initiative.health"));
        health.setItems(Health.values());
        health.setItemLabelGenerator(InitiativeTexts::health);
        health.setValue(detail.health());
        health.addValueChangeListener(event -> reason.setRequiredIndicatorVisible(event.getValue().needsReason()));
        reason.setLabel(getTranslation("initiative.health-reason"));
        reason.setHelperText(getTranslation("initiative.health-reason.hint"));
        TextLimits.atMost(reason, 1000);
        reason.setValue(detail.healthReason() == null ? "" : detail.healthReason());
        reason.setRequiredIndicatorVisible(detail.health().needsReason());
        reason.setWidthFull();
        var fields = new VerticalLayout(status, health, reason);
        fields.setPadding(false);
        add(fields);
        setWidth("32rem");

        save.setText(getTranslation("action.save"));
        save.setId("progress-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            if (changes.attempt(() -> portfolio.updateProgress(detail.id(), detail.version(), status.getValue(),
                    health.getValue(), reason.getValue()), this::showAtField)) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private void showAtField(InvalidInputException refused) {
        HasValidation field = switch (refused.field()) {
            case "status" -> status;
            case "health" -> health;
            default -> reason;
        };
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }
}
