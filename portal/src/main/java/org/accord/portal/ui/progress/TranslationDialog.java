package org.accord.portal.ui.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.portal.ui.TextLimits;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.TranslationDraft;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Writes or corrects the translation of a submitted update, the original beside each field. A refused value is
 * shown at its field and the dialog stays open; a translation changed meanwhile by someone else is not overwritten.
 */
class TranslationDialog extends Dialog {

    final TextArea accomplishments = new TextArea();
    final TextArea nextSteps = new TextArea();
    final TextArea risksAndIssues = new TextArea();
    final Button save = new Button();

    private final TranslationDraft draft;

    TranslationDialog(ProgressUpdateView update, ProgressUpdates updates, Runnable afterwards) {
        this.draft = update.translationDraft();
        setId("translation-dialog");
        setHeaderTitle(getTranslation("progress.translation.dialog", update.initiativeCode(), update.periodCode(),
                ProgressTexts.languageName(update.translationLanguage())));
        setWidth("min(48rem, 96vw)");
        setCloseOnOutsideClick(false);
        area(accomplishments, "progress.accomplishments", update.accomplishments(), draft.getAccomplishments());
        area(nextSteps, "progress.next-steps", update.nextSteps(), draft.getNextSteps());
        area(risksAndIssues, "progress.risks", update.risksAndIssues(), draft.getRisksAndIssues());
        accomplishments.setId("translation-accomplishments");
        accomplishments.setAutofocus(true);
        nextSteps.setId("translation-next-steps");
        risksAndIssues.setId("translation-risks");
        add(accomplishments, nextSteps, risksAndIssues);
        save.setId("translation-save");
        save.setText(getTranslation("action.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> save(update, updates, afterwards));
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("translation-cancel");
        getFooter().add(cancel, save);
    }

    private void save(ProgressUpdateView update, ProgressUpdates updates, Runnable afterwards) {
        draft.setAccomplishments(accomplishments.getValue());
        draft.setNextSteps(nextSteps.getValue());
        draft.setRisksAndIssues(risksAndIssues.getValue());
        try {
            updates.translate(update.id(), draft);
            ProgressChanges.success(getTranslation("progress.translation.saved"));
        } catch (InvalidInputException refused) {
            showAtField(refused);
            return;
        } catch (EditConflictException conflict) {
            ProgressChanges.error(getTranslation("progress.translation.conflict"));
        } catch (AccessDeniedException denied) {
            ProgressChanges.error(getTranslation("progress.translation.not-allowed"));
        }
        close();
        afterwards.run();
    }

    void showAtField(InvalidInputException refused) {
        String message = getTranslation(refused.messageKey());
        switch (refused.field()) {
            case "accomplishments" -> invalid(accomplishments, message);
            case "nextSteps" -> invalid(nextSteps, message);
            case "risksAndIssues" -> invalid(risksAndIssues, message);
            default -> ProgressChanges.error(message);
        }
    }

    /** The original, as the translator works from it, under the field. */
    private void area(TextArea area, String labelKey, String original, String value) {
        area.setLabel(getTranslation(labelKey));
        area.setHelperText(original == null ? "" : getTranslation("progress.translation.original", original));
        TextLimits.atMost(area, 4000);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        area.addValueChangeListener(event -> area.setInvalid(false));
    }

    private static void invalid(TextArea area, String message) {
        area.setErrorMessage(message);
        area.setInvalid(true);
    }
}
