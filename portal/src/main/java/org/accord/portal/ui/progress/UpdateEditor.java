package org.accord.portal.ui.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.initiative.Health;
import org.accord.people.Language;
import org.accord.portal.ui.TextLimits;
import org.accord.progress.ProgressUpdateDraft;
import org.accord.progress.ProgressUpdateView;
import org.accord.shared.InvalidInputException;

/**
 * One party's progress update: editable for its lead while it is a draft or returned, read-only otherwise.
 * The view that shows it wires the buttons to the service.
 */
class UpdateEditor extends VerticalLayout {

    final H2 title = new H2();
    final Paragraph state = new Paragraph();
    final Paragraph returnComment = new Paragraph();
    final Paragraph original = new Paragraph();
    final TextArea accomplishments = new TextArea();
    final TextArea nextSteps = new TextArea();
    final TextArea risksAndIssues = new TextArea();
    final Select<Health> proposedHealth = new Select<>();
    final Select<Language> language = new Select<>();
    final Button saveDraft = new Button();
    final Button submit = new Button();

    private final ProgressUpdateView update;

    UpdateEditor(ProgressUpdateView update) {
        this.update = update;
        setId("update-editor");
        setPadding(false);
        title.setText(getTranslation("progress.editor.title", update.initiativeCode(), update.periodCode(),
                update.partyCode()));
        state.setText(ProgressTexts.state(update.state()) + (update.locked() ? " · " + getTranslation("progress.locked") : ""));
        state.setId("update-state");
        returnComment.setId("update-return-comment");
        returnComment.setVisible(update.returnComment() != null);
        if (update.returnComment() != null) {
            returnComment.setText(getTranslation("progress.returned-comment", update.returnComment()));
        }
        original.setId("update-original");
        original.setText(getTranslation("progress.original", ProgressTexts.languageName(update.language())));
        original.setVisible(ProgressTexts.isShared(update));
        text(accomplishments, "progress.accomplishments", update.accomplishments());
        text(nextSteps, "progress.next-steps", update.nextSteps());
        text(risksAndIssues, "progress.risks", update.risksAndIssues());
        proposedHealth.setLabel(getTranslation("progress.proposed-health"));
        proposedHealth.setItems(Health.values());
        proposedHealth.setItemLabelGenerator(ProgressTexts::health);
        proposedHealth.setValue(update.proposedHealth());
        proposedHealth.setReadOnly(!update.mayEdit());
        language.setLabel(getTranslation("progress.language"));
        language.setId("update-language");
        language.setItems(Language.values());
        language.setItemLabelGenerator(ProgressTexts::languageName);
        language.setValue(update.language());
        language.setHelperText(update.mayEdit() ? getTranslation("progress.language.hint") : null);
        language.setReadOnly(!update.mayEdit());
        saveDraft.setText(getTranslation("progress.save-draft"));
        saveDraft.setId("update-save-draft");
        submit.setText(getTranslation("progress.submit"));
        submit.setId("update-submit");
        submit.addThemeVariants(ButtonVariant.PRIMARY);
        saveDraft.setVisible(update.mayEdit());
        submit.setVisible(update.mayEdit());
        var actions = new HorizontalLayout(saveDraft, submit);
        add(title, state, returnComment, original, language, accomplishments, nextSteps, risksAndIssues,
                proposedHealth, actions);
    }

    ProgressUpdateView update() {
        return update;
    }

    ProgressUpdateDraft draft() {
        var draft = new ProgressUpdateDraft();
        draft.setVersion(update.version());
        draft.setAccomplishments(accomplishments.getValue());
        draft.setNextSteps(nextSteps.getValue());
        draft.setRisksAndIssues(risksAndIssues.getValue());
        draft.setProposedHealth(proposedHealth.getValue());
        draft.setLanguage(language.getValue());
        return draft;
    }

    void showAtField(InvalidInputException refused) {
        String message = getTranslation(refused.messageKey());
        switch (refused.field()) {
            case "accomplishments" -> invalid(accomplishments, message);
            case "nextSteps" -> invalid(nextSteps, message);
            case "risksAndIssues" -> invalid(risksAndIssues, message);
            case "language" -> {
                language.setErrorMessage(message);
                language.setInvalid(true);
            }
            case "proposedHealth" -> {
                proposedHealth.setErrorMessage(message);
                proposedHealth.setInvalid(true);
            }
            default -> ProgressChanges.error(message);
        }
    }

    private void text(TextArea area, String labelKey, String value) {
        area.setLabel(getTranslation(labelKey));
        TextLimits.atMost(area, 4000);
        area.setWidthFull();
        area.setValue(value == null ? "" : value);
        area.setReadOnly(!update.mayEdit());
    }

    private static void invalid(TextArea area, String message) {
        area.setErrorMessage(message);
        area.setInvalid(true);
    }
}
