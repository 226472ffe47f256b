package org.accord.portal.ui.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import org.accord.progress.ProgressUpdateView;
import org.accord.shared.InvalidInputException;

/** A program manager reads a submitted update and returns it with a comment or approves it. */
class UpdateReview extends VerticalLayout {

    final UpdateEditor content;
    final TextArea comment = new TextArea();
    final Button returnUpdate = new Button();
    final Button approve = new Button();

    UpdateReview(ProgressUpdateView update) {
        setPadding(false);
        setId("update-review");
        content = new UpdateEditor(update);
        comment.setLabel(getTranslation("periods.return-comment"));
        comment.setMaxLength(2000);
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
        add(content, decision);
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
