package org.accord.portal.ui.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import org.accord.people.PersonRef;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.ProgressUpdates;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/** Asks an active person of the update's country to translate it; they find a task for it in "My tasks". */
class TranslatorDialog extends Dialog {

    static final int CHOICES = 50;

    final ComboBox<PersonRef> translator = new ComboBox<>();
    final Button assign = new Button();

    TranslatorDialog(ProgressUpdateView update, ProgressUpdates updates, Runnable afterwards) {
        setId("translator-dialog");
        setHeaderTitle(getTranslation("progress.translator.title", update.initiativeCode(), update.periodCode(),
                ProgressTexts.languageName(update.translationLanguage())));
        setWidth("min(32rem, 96vw)");
        translator.setId("translator-person");
        translator.setAutofocus(true);
        translator.setLabel(getTranslation("progress.translator.person"));
        translator.setItemLabelGenerator(PersonRef::label);
        translator.setItems(query -> updates.translatorChoices(update.partyCode(), query.getFilter().orElse(""),
                CHOICES).stream().skip(query.getOffset()).limit(query.getLimit()));
        translator.setClearButtonVisible(true);
        translator.setWidthFull();
        translator.addValueChangeListener(event -> translator.setInvalid(false));
        add(new Paragraph(getTranslation("progress.translator.hint")), translator);
        assign.setId("translator-assign");
        assign.setText(getTranslation("progress.translator.assign"));
        assign.addThemeVariants(ButtonVariant.PRIMARY);
        assign.addClickListener(click -> assign(update, updates, afterwards));
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        cancel.setId("translator-cancel");
        getFooter().add(cancel, assign);
    }

    private void assign(ProgressUpdateView update, ProgressUpdates updates, Runnable afterwards) {
        if (translator.getValue() == null) {
            showAtTranslator("progress.translator.required");
            return;
        }
        try {
            updates.assignTranslator(update.id(), translator.getValue().username());
            ProgressChanges.success(getTranslation("progress.translator.assigned",
                    translator.getValue().displayName()));
        } catch (InvalidInputException refused) {
            if (refused.field().equals("translator")) {
                showAtTranslator(refused.messageKey());
                return;
            }
            ProgressChanges.error(getTranslation(refused.messageKey()));
        } catch (EditConflictException conflict) {
            ProgressChanges.error(getTranslation("conflict.message"));
        } catch (AccessDeniedException denied) {
            ProgressChanges.error(getTranslation("progress.translator.not-allowed"));
        }
        close();
        afterwards.run();
    }

    private void showAtTranslator(String messageKey) {
        translator.setErrorMessage(getTranslation(messageKey));
        translator.setInvalid(true);
    }
}
