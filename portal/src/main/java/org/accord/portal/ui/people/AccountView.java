package org.accord.portal.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.stream.Collectors;
import org.accord.people.MyAccount;
import org.accord.people.PasswordPolicy;
import org.accord.people.Profile;
import org.accord.portal.ui.LanguageSelect;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.notification.EmailChoicesPanel;
import org.accord.shared.InvalidInputException;

/** The signed-in user's own account: who they are, their language, their password, their links and API tokens. */
@Route(value = "account", layout = MainLayout.class)
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button changePassword = new Button();

    private final MyAccount myAccount;

    public AccountView(MyAccount myAccount, CalendarFeedPanel calendarFeed, EmailChoicesPanel emailChoices,
                       TokensPanel apiTokens) {
        this.myAccount = myAccount;
        setId("account-view");
        Profile me = myAccount.profile();
        add(new H1(getTranslation("account.title")), profile(me), languageChoice(me), passwordForm(), emailChoices,
                calendarFeed, apiTokens);
    }

    private FormLayout profile(Profile me) {
        var form = new FormLayout();
        form.add(readOnly("user.username", me.username()), readOnly("user.display-name", me.displayName()),
                readOnly("user.email", me.email()),
                readOnly("user.party", me.party().name(Texts.currentLanguage())),
                readOnly("user.agency", me.agency().name(Texts.currentLanguage())),
                readOnly("user.roles", me.roles().stream().map(Texts::role).sorted().collect(Collectors.joining(", "))));
        return form;
    }

    private TextField readOnly(String key, String value) {
        var field = new TextField(getTranslation(key));
        field.setValue(value);
        field.setReadOnly(true);
        return field;
    }

    private LanguageSelect languageChoice(Profile me) {
        var language = new LanguageSelect(myAccount, me.language());
        language.setId("account-language");
        language.setLabel(getTranslation("user.language"));
        return language;
    }

    private VerticalLayout passwordForm() {
        currentPassword.setId("current-password");
        currentPassword.setLabel(getTranslation("account.current-password"));
        newPassword.setId("new-password");
        newPassword.setLabel(getTranslation("account.new-password"));
        newPassword.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        newPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);
        confirmPassword.setId("confirm-password");
        confirmPassword.setLabel(getTranslation("account.confirm-password"));
        changePassword.setText(getTranslation("account.change-password"));
        changePassword.setId("change-password");
        changePassword.addThemeVariants(ButtonVariant.PRIMARY);
        changePassword.addClickListener(click -> changePassword());
        var form = new FormLayout(currentPassword, newPassword, confirmPassword);
        return new VerticalLayout(new H2(getTranslation("account.password")), form, changePassword);
    }

    private void changePassword() {
        for (PasswordField field : new PasswordField[] {currentPassword, newPassword, confirmPassword}) {
            field.setInvalid(false);
        }
        if (!newPassword.getValue().equals(confirmPassword.getValue())) {
            confirmPassword.setErrorMessage(getTranslation("account.password.mismatch"));
            confirmPassword.setInvalid(true);
            return;
        }
        try {
            myAccount.changePassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            confirmPassword.clear();
            Notification.show(getTranslation("account.password.changed")).addThemeVariants(NotificationVariant.SUCCESS);
        } catch (InvalidInputException refused) {
            PasswordField field = "currentPassword".equals(refused.field()) ? currentPassword : newPassword;
            field.setErrorMessage(getTranslation(refused.messageKey(), PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH));
            field.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("account.title");
    }
}
