package org.accord.portal.ui.people;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Arrays;
import java.util.List;
import org.accord.people.Agency;
import org.accord.people.Role;
import org.accord.people.ServiceAccountDraft;
import org.accord.portal.ui.AgencyChoices;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;

/** A service account's name, agency, roles and state; the view saves it and shows a refusal at its field. */
class ServiceAccountForm extends FormLayout {

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final ComboBox<Agency> agency = new ComboBox<>();
    final CheckboxGroup<Role> roles = new CheckboxGroup<>();
    final Checkbox enabled = new Checkbox();
    final Button save = new Button();

    private ServiceAccountDraft draft;

    ServiceAccountForm(List<Agency> agencies) {
        setId("service-account-form");
        addClassName("accord-form");
        username.setId("service-account-username");
        username.setLabel(getTranslation("service-account.username"));
        TextLimits.atMost(username, 60);
        displayName.setId("service-account-display-name");
        displayName.setLabel(getTranslation("service-account.display-name"));
        TextLimits.atMost(displayName, 120);
        agency.setId("service-account-agency");
        agency.setLabel(getTranslation("service-account.agency"));
        agency.setItemLabelGenerator(value -> value.getCode() + " · " + value.name(Texts.currentLanguage()));
        AgencyChoices.offer(agency, agencies);
        roles.setId("service-account-roles");
        roles.setLabel(getTranslation("service-account.roles"));
        roles.setItems(Arrays.stream(Role.values()).filter(role -> role != Role.ADMIN).toList());
        roles.setItemLabelGenerator(Texts::role);
        enabled.setId("service-account-enabled");
        enabled.setLabel(getTranslation("service-account.enabled"));
        save.setId("service-account-save");
        save.setText(getTranslation("service-account.save"));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        add(username, displayName, agency, roles, enabled, save);
    }

    void show(ServiceAccountDraft shown) {
        this.draft = shown;
        clearErrors();
        username.setValue(shown.getUsername());
        username.setReadOnly(!shown.isNew());
        displayName.setValue(shown.getDisplayName());
        agency.setValue(shown.getAgency());
        roles.setValue(shown.getRoles());
        enabled.setValue(shown.isEnabled());
    }

    /** The draft with what the form shows. */
    ServiceAccountDraft draft() {
        draft.setUsername(username.getValue());
        draft.setDisplayName(displayName.getValue());
        draft.setAgency(agency.getValue());
        draft.setRoles(roles.getValue());
        draft.setEnabled(enabled.getValue());
        return draft;
    }

    void showError(String field, String message) {
        HasValidation target = switch (field) {
            case "username" -> username;
            case "agency" -> agency;
            case "roles" -> roles;
            default -> displayName;
        };
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    private void clearErrors() {
        for (HasValidation field : List.<HasValidation>of(username, displayName, agency, roles)) {
            field.setInvalid(false);
        }
    }
}
