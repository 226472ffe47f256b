package org.accord.portal.ui.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.portal.ui.TextLimits;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.ProgressUpdates;
import org.accord.shared.InvalidInputException;

/**
 * A program manager reads a submitted update and its translation, and returns the update with a comment or
 * approves it.
 */
class UpdateReview extends VerticalLayout {

    final UpdateEditor content;
    final TextArea comment = new TextArea();
    final Button returnUpdate = new Button();
    final Button approve = new Button();
    final TranslationPanel translation;

    /** {@code reload} shows the update again once its translation changed. */
    UpdateReview(ProgressUpdateView update, ProgressUpdates updates, Runnable reload) {
        setPadding(false);
        setId("update-review");
        content = new UpdateEditor(update);
        translation = new TranslationPanel(update, updates, reload);
        translation.setVisible(ProgressTexts.isShared(update));
        comment.setLabel(getTranslation("periods.return-comment"));
        TextLimits.atMost(comment, 2000);
        comment.setWidthFull();
        returnUpdate.setText(getTranslation("periods.return"));
        returnUpdate.setId("update-return");
        approve.setText(getTranslation("periods.approve"));
        approve.setId("update-approve");
        approve.addThemeVariants(ButtonVariant.PRIMARY);
        var decision = new VerticalLayout(comment, new HorizontalLayout(returnUpdate, approve));
        decision.setPadding(false);
        comment.setVisible(update.mayDecide());
        returnUpdate.setVisible(update.mayDecide());
        approve.setVisible(update.mayDecide());
        add(content, translation, decision);
    }

    ProgressUpdateView update() {
        return content.update();
    }

    void showAtField(InvalidInputException refused) {
        if (refused.field().equals("returnComment")) {
            comment.setErrorMessage(getTranslation(refused.messageKey()));
            comment.setInvalid(true);
        } else {
            ProgressChanges.error(getTranslation(refused.messageKey()));
        }
    }
}
