package org.accord.portal.ui.people;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import org.accord.people.ApiScope;
import org.accord.people.ApiTokenRow;
import org.accord.people.NewApiToken;
import org.accord.portal.ui.Dates;
import org.accord.shared.InvalidInputException;

/**
 * Create, list and revoke API tokens of one owner. A new token's secret is shown once, in a read-only field to
 * copy; the list never shows secrets.
 */
class TokensEditor extends VerticalLayout {

    static final int DEFAULT_DAYS = 90;

    final TextField name = new TextField();
    final DatePicker expiresOn = new DatePicker();
    final RadioButtonGroup<ApiScope> scope = new RadioButtonGroup<>();
    final Button create = new Button();
    final TextField secret = new TextField();
    final Button copy = new Button();
    final Paragraph secretWarning = new Paragraph();
    final Grid<ApiTokenRow> grid = new Grid<>(ApiTokenRow.class, false);

    private final TokenOwner owner;

    TokensEditor(TokenOwner owner, String idPrefix) {
        this.owner = owner;
        setPadding(false);
        name.setId(idPrefix + "-token-name");
        name.setLabel(getTranslation("token.name"));
        name.setHelperText(getTranslation("token.name.helper"));
        name.setMaxLength(100);
        name.setRequiredIndicatorVisible(true);
        expiresOn.setId(idPrefix + "-token-expires");
        expiresOn.setLabel(getTranslation("token.expires"));
        expiresOn.setRequiredIndicatorVisible(true);
        Dates.localize(expiresOn);
        scope.setId(idPrefix + "-token-scope");
        scope.setLabel(getTranslation("token.scope"));
        scope.setItems(ApiScope.values());
        scope.setItemLabelGenerator(choice -> getTranslation("token.scope." + choice.name()));
        create.setId(idPrefix + "-token-create");
        create.setText(getTranslation("token.create"));
        create.addThemeVariants(ButtonVariant.PRIMARY);
        create.addClickListener(click -> createToken());
        secret.setId(idPrefix + "-token-secret");
        secret.setLabel(getTranslation("token.secret"));
        secret.setReadOnly(true);
        secret.setWidthFull();
        copy.setText(getTranslation("token.copy"));
        copy.addClickListener(click -> UI.getCurrent().getPage()
                .executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", secret.getValue()));
        secretWarning.setText(getTranslation("token.secret.copy"));
        configureGrid(idPrefix);
        var secretRow = new HorizontalLayout(secret, copy);
        secretRow.setWidthFull();
        secretRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new FormLayout(name, expiresOn, scope), create, secretRow, secretWarning, grid);
        resetForm();
        showSecret(null);
        refresh();
    }

    private void configureGrid(String idPrefix) {
        grid.setId(idPrefix + "-tokens");
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiTokenRow::name).setHeader(getTranslation("token.name")).setFlexGrow(2);
        grid.addColumn(row -> getTranslation("token.scope." + row.scope().name())).setHeader(getTranslation("token.scope"));
        grid.addColumn(row -> Dates.dateTime(row.createdAt())).setHeader(getTranslation("token.created"));
        grid.addColumn(this::expiry).setHeader(getTranslation("token.expires"));
        grid.addColumn(row -> row.lastUsedAt() == null ? getTranslation("token.never-used")
                : Dates.dateTime(row.lastUsedAt())).setHeader(getTranslation("token.last-used"));
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setHeader(getTranslation("token.revoke")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("token.none"));
    }

    /** The last day it is valid: the stored instant is the start of the day after, in UTC. */
    private String expiry(ApiTokenRow row) {
        String lastDay = Dates.date(row.expiresAt().atZone(java.time.ZoneOffset.UTC).toLocalDate().minusDays(1));
        return row.expired() ? lastDay + " (" + getTranslation("token.expired") + ")" : lastDay;
    }

    private Button revokeButton(ApiTokenRow row) {
        var revoke = new Button(getTranslation("token.revoke"), click -> confirmRevoke(row));
        revoke.addThemeVariants(ButtonVariant.ERROR, ButtonVariant.SMALL);
        revoke.setAriaLabel(getTranslation("token.revoke") + " " + row.name());
        return revoke;
    }

    private void createToken() {
        name.setInvalid(false);
        expiresOn.setInvalid(false);
        scope.setInvalid(false);
        try {
            NewApiToken made = owner.create(name.getValue(), expiresOn.getValue(), scope.getValue());
            showSecret(made.secret());
            resetForm();
            refresh();
        } catch (InvalidInputException refused) {
            String message = getTranslation(refused.messageKey(), Dates.date(owner.latestExpiry()));
            switch (refused.field()) {
                case "expiresOn" -> {
                    expiresOn.setErrorMessage(message);
                    expiresOn.setInvalid(true);
                }
                case "scope" -> {
                    scope.setErrorMessage(message);
                    scope.setInvalid(true);
                }
                default -> {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                }
            }
        }
    }

    private void confirmRevoke(ApiTokenRow row) {
        var dialog = new ConfirmDialog(getTranslation("token.revoke.title", row.name()),
                getTranslation("token.revoke.message"), getTranslation("token.revoke"), event -> revoke(row),
                getTranslation("action.cancel"), event -> { });
        dialog.setConfirmButtonTheme("error primary");
        dialog.open();
    }

    private void revoke(ApiTokenRow row) {
        owner.revoke(row.id());
        refresh();
        Notification.show(getTranslation("token.revoked", row.name()), 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.SUCCESS);
    }

    private void resetForm() {
        name.clear();
        LocalDate latest = owner.latestExpiry();
        expiresOn.setMin(LocalDate.now().plusDays(1));
        expiresOn.setMax(latest);
        expiresOn.setValue(LocalDate.now().plusDays(DEFAULT_DAYS));
        scope.setValue(ApiScope.READ);
    }

    private void showSecret(String value) {
        secret.setValue(value == null ? "" : value);
        secret.setVisible(value != null);
        copy.setVisible(value != null);
        secretWarning.setVisible(value != null);
    }

    void refresh() {
        grid.setItems(owner.tokens());
    }
}
