package org.accord.portal.ui.people;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Map;
import org.accord.people.Agency;
import org.accord.people.Language;
import org.accord.people.Party;
import org.accord.people.PasswordPolicy;
import org.accord.people.Role;
import org.accord.people.UserDraft;
import org.accord.portal.ui.AgencyChoices;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;

/** Creates and edits a user; fires save, reset-password, disable and close events for the view to handle. */
public class UserForm extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final ComboBox<Party> party = new ComboBox<>();
    final ComboBox<Agency> agency = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Select<Language> language = new Select<>();
    final Checkbox enabled = new Checkbox();
    final PasswordField initialPassword = new PasswordField();

    final Button save = new Button();
    final Button resetPassword = new Button();
    final Button disable = new Button();
    final Button close = new Button();
    final Paragraph otherParty = new Paragraph();

    private final BeanValidationBinder<UserDraft> binder = new BeanValidationBinder<>(UserDraft.class);
    private final List<Party> allParties;
    private final List<Agency> allAgencies;
    private UserDraft draft;

    public UserForm(List<Party> parties, List<Agency> agencies) {
        this.allParties = parties;
        this.allAgencies = agencies;
        setId("user-form");
        addClassName("accord-form");
        username.setLabel(getTranslation("user.username"));
        TextLimits.atMost(username, 60);
        displayName.setLabel(getTranslation("user.display-name"));
        TextLimits.atMost(displayName, 120);
        email.setLabel(getTranslation("user.email"));
        TextLimits.atMost(email, 254);
        party.setLabel(getTranslation("user.party"));
        party.setItems(parties);
        party.setItemLabelGenerator(value -> value.getCode() + " · " + value.name(Texts.currentLanguage()));
        agency.setLabel(getTranslation("user.agency"));
        agency.setItemLabelGenerator(value -> value.getCode() + " · " + value.name(Texts.currentLanguage()));
        party.addValueChangeListener(event -> showAgenciesOf(event.getValue()));
        roles.setLabel(getTranslation("user.roles"));
        roles.setItems(Role.values());
        roles.setItemLabelGenerator(Texts::role);
        language.setLabel(getTranslation("user.language"));
        language.setItems(Language.values());
        language.setItemLabelGenerator(Texts::language);
        enabled.setLabel(getTranslation("user.enabled"));
        initialPassword.setLabel(getTranslation("user.initial-password"));
        initialPassword.setHelperText(getTranslation("password.rule", PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH));
        initialPassword.setMaxLength(PasswordPolicy.MAX_LENGTH);

        binder.bindInstanceFields(this);

        save.setText(getTranslation("action.save"));
        save.setId("user-save");
        save.addThemeVariants(ButtonVariant.PRIMARY);
        save.addClickListener(click -> validateAndSave());
        resetPassword.setText(getTranslation("user.reset-password"));
        resetPassword.setId("user-reset-password");
        resetPassword.addClickListener(click -> fireEvent(new ResetPasswordEvent(this, draft)));
        disable.setText(getTranslation("user.disable"));
        disable.setId("user-disable");
        disable.addThemeVariants(ButtonVariant.ERROR);
        disable.addClickListener(click -> fireEvent(new DisableEvent(this, draft)));
        close.setText(getTranslation("action.cancel"));
        close.addClickListener(click -> fireEvent(new CloseEvent(this)));

        otherParty.setId("user-other-party");
        add(otherParty, username, displayName, email, party, agency, language, roles, enabled, initialPassword,
                new HorizontalLayout(save, resetPassword, disable, close));
        setColspan(otherParty, 2);
        setColspan(roles, 2);
    }

    /** A new account, in one of {@code parties} (the administrator's own first): fixed when there is only one. */
    public void setNewDraft(UserDraft draft, List<Party> parties) {
        draft.setParty(parties.getFirst());
        show(draft, parties, true);
        party.setReadOnly(parties.size() == 1);
    }

    /**
     * An existing account: its party never changes; one of the other party is shown to read only, as the
     * directory, since that party's administrators administer it.
     */
    public void setDraft(UserDraft draft, boolean administered) {
        show(draft, allParties, administered);
        party.setReadOnly(true);
        username.setReadOnly(true);
        otherParty.setText(administered ? "" : getTranslation("users.other-party", draft.getParty().getCode()));
    }

    private void show(UserDraft draft, List<Party> parties, boolean administered) {
        this.draft = draft;
        party.setItems(parties);
        showAgenciesOf(draft.getParty());
        binder.readBean(draft);
        binder.setReadOnly(!administered);
        boolean isNew = draft.isNew();
        otherParty.setVisible(!administered);
        initialPassword.setVisible(isNew);
        save.setVisible(administered);
        resetPassword.setVisible(!isNew && administered);
        disable.setVisible(!isNew && administered && draft.isEnabled());
    }

    /** Shows a service's refusal at the field it concerns. */
    public void showError(String field, String message) {
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
                "email", email, "party", party, "agency", agency, "roles", roles, "enabled", enabled,
                "initialPassword", initialPassword);
        HasValidation target = fields.getOrDefault(field, username);
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    private void showAgenciesOf(Party selected) {
        Agency current = agency.getValue();
        List<Agency> ofParty = selected == null ? List.of()
                : allAgencies.stream().filter(candidate -> candidate.belongsTo(selected)).toList();
        agency.setValue(current != null && ofParty.contains(current) ? current : null);
        AgencyChoices.offer(agency, ofParty);
    }

    private void validateAndSave() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SaveEvent(this, draft));
        }
    }

    public abstract static class UserFormEvent extends ComponentEvent<UserForm> {
        private final UserDraft draft;

        UserFormEvent(UserForm source, UserDraft draft) {
            super(source, false);
            this.draft = draft;
        }

        public UserDraft draft() {
            return draft;
        }
    }

    public static class SaveEvent extends UserFormEvent {
        SaveEvent(UserForm source, UserDraft draft) {
            super(source, draft);
        }
    }

    public static class ResetPasswordEvent extends UserFormEvent {
        ResetPasswordEvent(UserForm source, UserDraft draft) {
            super(source, draft);
        }
    }

    public static class DisableEvent extends UserFormEvent {
        DisableEvent(UserForm source, UserDraft draft) {
            super(source, draft);
        }
    }

    public static class CloseEvent extends UserFormEvent {
        CloseEvent(UserForm source) {
            super(source, null);
        }
    }

    public Registration addSaveListener(ComponentEventListener<SaveEvent> listener) {
        return addListener(SaveEvent.class, listener);
    }

    public Registration addResetPasswordListener(ComponentEventListener<ResetPasswordEvent> listener) {
        return addListener(ResetPasswordEvent.class, listener);
    }

    public Registration addDisableListener(ComponentEventListener<DisableEvent> listener) {
        return addListener(DisableEvent.class, listener);
    }

    public Registration addCloseListener(ComponentEventListener<CloseEvent> listener) {
        return addListener(CloseEvent.class, listener);
    }
}
