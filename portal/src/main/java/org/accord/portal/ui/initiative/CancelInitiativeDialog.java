package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativePortfolio;
import org.accord.portal.ui.TextLimits;

/** Asks a program manager to confirm, with a reason, that an initiative is cancelled; nothing is deleted. */
class CancelInitiativeDialog extends Dialog {

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    CancelInitiativeDialog(InitiativeDetail detail, InitiativePortfolio portfolio, InitiativeChanges changes) {
        setHeaderTitle(getTranslation("initiative.cancel.title", detail.code()));
        setId("cancel-dialog");
        setWidth("32rem");
        reason.setLabel(getTranslation("initiative.cancel.reason"));
        reason.setAutofocus(true);
        reason.setRequiredIndicatorVisible(true);
        TextLimits.atMost(reason, 1000);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("initiative.cancel.message")), reason);

        confirm.setText(getTranslation("initiative.cancel"));
        confirm.setId("cancel-confirm");
        confirm.addThemeVariants(ButtonVariant.PRIMARY, ButtonVariant.ERROR);
        confirm.addClickListener(click -> {
            if (changes.attempt(() -> portfolio.cancel(detail.id(), detail.version(), reason.getValue()), refused -> {
                reason.setErrorMessage(getTranslation(refused.messageKey()));
                reason.setInvalid(true);
            })) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("initiative.cancel.keep"), click -> close()), confirm);
    }
}
