package org.accord.portal.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.textfield.PasswordField;
import org.accord.people.PasswordPolicy;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.shared.InvalidInputException;

/** An administrator sets a new password for a user. */
class ResetPasswordDialog extends Dialog {

    final PasswordField newPassword = new PasswordField();

    ResetPasswordDialog(UserAdministration users, UserDraft user) {
        setHeaderTitle(getTranslation("reset.title", user.getUsername()));
        newPassword.setId("reset-new-password");
        newPassword.setAutofocus(true);
        newPassword.setLabel(getTranslation("account.new-password"));
        newPassword.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        newPassword.setWidthFull();
        add(newPassword);

        var save = new Button(getTranslation("action.save"), click -> {
            try {
                users.resetPassword(user.getId(), newPassword.getValue());
                Notification.show(getTranslation("reset.done", user.getUsername()))
                        .addThemeVariants(NotificationVariant.SUCCESS);
                close();
            } catch (InvalidInputException refused) {
                newPassword.setErrorMessage(getTranslation(refused.messageKey(),
                        PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
                newPassword.setInvalid(true);
            }
        });
        save.setId("reset-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
