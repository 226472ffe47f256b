package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import org.accord.milestone.MilestoneDraft;
import org.accord.milestone.MilestonePlan;

/** Adds a milestone to the initiative or edits one. */
class MilestoneDialog extends Dialog {

    final MilestoneForm form = new MilestoneForm();
    final Button save = new Button();

    MilestoneDialog(long initiativeId, MilestoneDraft draft, MilestonePlan plan, MilestoneChanges changes) {
        setId("milestone-dialog");
        setHeaderTitle(getTranslation(draft.isNew() ? "milestone.add" : "milestone.edit"));
        setWidth("min(48rem, 96vw)");
        setCloseOnOutsideClick(false);
        form.titleEn.setAutofocus(true);
        form.setDraft(draft);
        add(form);
        save.setText(getTranslation("action.save"));
        save.setId("milestone-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> {
            MilestoneDraft valid = form.validDraft();
            if (valid != null && changes.attempt(() -> plan.save(initiativeId, valid),
                    refused -> form.showError(refused.field(), getTranslation(refused.messageKey())))) {
                close();
            }
        });
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
