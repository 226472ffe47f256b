package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.portal.ui.TextLimits;
import java.util.Arrays;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.shared.InvalidInputException;

/** Asks an administrator or a program manager which status a cancelled initiative returns to, and why. */
class ReopenInitiativeDialog extends Dialog {

    final Select<InitiativeStatus> status = new Select<>();
    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    ReopenInitiativeDialog(InitiativeDetail detail, InitiativePortfolio portfolio, InitiativeChanges changes) {
        setHeaderTitle(getTranslation("initiative.reopen.title", detail.code()));
        setId("reopen-dialog");
        setWidth("32rem");
        status.setLabel(getTranslation("initiative.reopen.status"));
        status.setAutofocus(true);
        status.setItems(Arrays.stream(InitiativeStatus.values()).filter(value -> value != InitiativeStatus.CANCELLED)
                .toList());
        status.setItemLabelGenerator(InitiativeTexts::status);
        status.setValue(InitiativeStatus.ACTIVE);
        reason.setLabel(getTranslation("initiative.reopen.reason"));
        reason.setRequiredIndicatorVisible(true);
        TextLimits.atMost(reason, 1000);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("initiative.reopen.message")), status, reason);

        confirm.setText(getTranslation("initiative.reopen"));
        confirm.setId("reopen-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY);
        confirm.addClickListener(click -> {
            if (changes.attempt(() -> portfolio.reopen(detail.id(), detail.version(), status.getValue(),
                    reason.getValue()), this::showAtField)) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("initiative.reopen.keep"), click -> close()), confirm);
    }

    private void showAtField(InvalidInputException refused) {
        HasValidation field = refused.field().equals("status") ? status : reason;
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }
}
