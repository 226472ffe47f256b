package org.accord.portal.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.accord.people.ApiScope;
import org.accord.people.ApiTokenRow;
import org.accord.people.MyAccount;
import org.accord.people.NewApiToken;
import org.accord.people.ReferenceData;
import org.accord.people.ServiceAccountDraft;
import org.accord.people.ServiceAccountRow;
import org.accord.people.ServiceAccounts;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;

/**
 * Administration → Service accounts (reached from Users): the partner systems of the administrator's country, each
 * with its roles, agency and API tokens.
 */
@Route(value = "admin/service-accounts", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class ServiceAccountsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ServiceAccountRow> grid = new Grid<>(ServiceAccountRow.class, false);
    final Button newAccount = new Button();
    final ServiceAccountForm form;
    final H2 tokensTitle = new H2();
    final VerticalLayout tokensArea = new VerticalLayout();
    TokensEditor tokens;

    private final ServiceAccounts accounts;

    public ServiceAccountsView(ServiceAccounts accounts, ReferenceData referenceData, MyAccount myAccount) {
        this.accounts = accounts;
        var myParty = myAccount.profile().party();
        this.form = new ServiceAccountForm(referenceData.agencies().stream()
                .filter(agency -> agency.belongsTo(myParty)).toList());
        setId("service-accounts-view");
        configureGrid();
        newAccount.setId("service-accounts-new");
        newAccount.setText(getTranslation("service-account.new"));
        newAccount.setIcon(VaadinIcon.PLUS.create());
        newAccount.addThemeVariants(ButtonVariant.PRIMARY);
        newAccount.addClickListener(click -> edit(new ServiceAccountDraft()));
        form.save.addClickListener(click -> save());
        form.setVisible(false);
        tokensArea.setPadding(false);
        tokensArea.setVisible(false);
        var content = new HorizontalLayout(grid, form);
        content.setWidthFull();
        content.setFlexGrow(1, grid);
        add(new H1(getTranslation("service-account.title")),
                new Paragraph(getTranslation("service-account.explanation")), newAccount, content, tokensArea);
        refresh();
    }

    private void configureGrid() {
        grid.setId("service-accounts-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(ServiceAccountRow::username).setHeader(getTranslation("service-account.username"));
        grid.addColumn(ServiceAccountRow::displayName).setHeader(getTranslation("service-account.display-name"));
        grid.addColumn(ServiceAccountRow::agencyCode).setHeader(getTranslation("service-account.agency"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.roles().stream().map(Texts::role).sorted().collect(Collectors.joining(", ")))
                .setHeader(getTranslation("service-account.roles"));
        grid.addColumn(row -> getTranslation(row.enabled() ? "user.status.active" : "user.status.disabled"))
                .setHeader(getTranslation("service-account.status")).setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(accounts.edit(event.getValue().id()));
            }
        });
    }

    void edit(ServiceAccountDraft draft) {
        form.show(draft);
        form.setVisible(true);
        showTokens(draft);
    }

    private void save() {
        ServiceAccountDraft draft = form.draft();
        try {
            ServiceAccountRow saved = accounts.save(draft);
            Notification.show(getTranslation("service-account.saved", saved.username()), 5000,
                    Notification.Position.TOP_CENTER).addThemeVariants(NotificationVariant.SUCCESS);
            refresh();
            edit(accounts.edit(saved.id()));
        } catch (InvalidInputException refused) {
            form.showError(refused.field(), getTranslation(refused.messageKey()));
        } catch (EditConflictException conflict) {
            Notification.show(getTranslation("conflict.message"), 5000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.ERROR);
            if (!draft.isNew()) {
                edit(accounts.edit(draft.getId()));
            }
        }
    }

    private void showTokens(ServiceAccountDraft draft) {
        tokensArea.removeAll();
        tokensArea.setVisible(!draft.isNew());
        if (draft.isNew()) {
            tokens = null;
            return;
        }
        long id = draft.getId();
        tokensTitle.setText(getTranslation("service-account.tokens", draft.getUsername()));
        tokens = new TokensEditor(new TokenOwner() {
            @Override
            public List<ApiTokenRow> tokens() {
                return accounts.tokens(id);
            }

            @Override
            public NewApiToken create(String name, LocalDate expiresOn, ApiScope scope) {
                return accounts.createToken(id, name, expiresOn, scope);
            }

            @Override
            public void revoke(long tokenId) {
                accounts.revokeToken(id, tokenId);
            }

            @Override
            public LocalDate latestExpiry() {
                return accounts.latestTokenExpiry();
            }
        }, "service-account");
        tokensArea.add(tokensTitle, tokens);
    }

    private void refresh() {
        grid.setItems(accounts.ofMyParty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("service-account.title");
    }
}
