package org.accord.portal.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.stream.Collectors;
import org.accord.people.PasswordPolicy;
import org.accord.people.Party;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.people.UserFilter;
import org.accord.people.UserRow;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;

/** Administration → Users: a lazily paged, filterable grid and the user form beside it. */
@Route(value = "admin/users", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    final Grid<UserRow> grid = new Grid<>(UserRow.class, false);
    final TextField search = new TextField();
    final Select<Party> partyFilter = new Select<>();
    final Select<Role> roleFilter = new Select<>();
    final Button newUser = new Button();
    final RouterLink serviceAccounts = new RouterLink();
    final UserForm form;

    private final UserAdministration users;

    public UsersView(UserAdministration users, ReferenceData referenceData) {
        this.users = users;
        this.form = new UserForm(referenceData.parties(), referenceData.agencies());
        setId("users-view");
        setSizeFull();

        configureGrid();
        form.setVisible(false);
        form.addSaveListener(event -> save(event.draft()));
        form.addResetPasswordListener(event -> new ResetPasswordDialog(users, event.draft()).open());
        form.addDisableListener(event -> confirmDisable(event.draft()));
        form.addCloseListener(event -> closeForm());

        grid.setHeightFull();
        grid.addClassName("accord-users-grid");
        var content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        add(new H1(getTranslation("nav.users")), toolbar(referenceData), content);
        setFlexGrow(1, content);
    }

    private HorizontalLayout toolbar(ReferenceData referenceData) {
        search.setPlaceholder(getTranslation("users.search"));
        search.setId("users-search");
        search.setWidth("20rem");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());

        partyFilter.setItems(referenceData.parties());
        partyFilter.setEmptySelectionAllowed(true);
        partyFilter.setEmptySelectionCaption(getTranslation("users.all-parties"));
        partyFilter.setItemLabelGenerator(party -> party == null ? getTranslation("users.all-parties") : party.getCode());
        partyFilter.addValueChangeListener(event -> refresh());

        roleFilter.setItems(Role.values());
        roleFilter.setEmptySelectionAllowed(true);
        roleFilter.setEmptySelectionCaption(getTranslation("users.all-roles"));
        roleFilter.setItemLabelGenerator(role -> role == null ? getTranslation("users.all-roles") : Texts.role(role));
        roleFilter.addValueChangeListener(event -> refresh());

        newUser.setText(getTranslation("users.new"));
        newUser.setIcon(VaadinIcon.PLUS.create());
        newUser.addClickListener(click -> editNew());
        newUser.setId("users-new");
        newUser.addThemeVariants(ButtonVariant.PRIMARY);
        serviceAccounts.setText(getTranslation("service-account.title"));
        serviceAccounts.setRoute(ServiceAccountsView.class);
        serviceAccounts.setId("users-service-accounts");
        var toolbar = new HorizontalLayout(search, partyFilter, roleFilter, newUser, serviceAccounts);
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        grid.setId("users-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(UserRow::username).setKey("username").setSortProperty("username")
                .setHeader(getTranslation("user.username"));
        grid.addColumn(UserRow::displayName).setKey("displayName").setSortProperty("displayName")
                .setHeader(getTranslation("user.display-name"));
        grid.addColumn(UserRow::email).setKey("email").setSortProperty("email")
                .setHeader(getTranslation("user.email"));
        grid.addColumn(UserRow::partyCode).setKey("party").setSortProperty("party.code")
                .setHeader(getTranslation("user.party")).setAutoWidth(true);
        grid.addColumn(UserRow::agencyCode).setKey("agency").setSortProperty("agency.code")
                .setHeader(getTranslation("user.agency")).setAutoWidth(true);
        grid.addColumn(row -> row.roles().stream().map(Texts::role).sorted().collect(Collectors.joining(", ")))
                .setKey("roles").setHeader(getTranslation("user.roles"));
        grid.addColumn(this::status).setKey("status").setSortProperty("enabled")
                .setHeader(getTranslation("user.status")).setAutoWidth(true);
        grid.setItems(query -> users.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> users.count(filter()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(users.edit(event.getValue().id()), users.administers(event.getValue()));
            }
        });
    }

    private String status(UserRow row) {
        if (!row.enabled()) {
            return getTranslation("user.status.disabled");
        }
        return getTranslation(row.locked() ? "user.status.locked" : "user.status.active");
    }

    UserFilter filter() {
        Party party = partyFilter.getValue();
        return new UserFilter(search.getValue(), party == null ? null : party.getCode(), roleFilter.getValue(), null);
    }

    /** New accounts belong to the administrator's own party (or are the first administrator of a party without one). */
    void editNew() {
        form.setNewDraft(new UserDraft(), users.partiesForNewAccounts());
        form.setVisible(true);
    }

    /** People of the other party are shown to read only: each party administers its own people. */
    void edit(UserDraft draft, boolean administered) {
        form.setDraft(draft, administered);
        form.setVisible(true);
    }

    private void save(UserDraft draft) {
        try {
            users.save(draft);
            notify(getTranslation("users.saved", draft.getUsername()), NotificationVariant.SUCCESS);
            closeForm();
            grid.getDataProvider().refreshAll();
        } catch (InvalidInputException refused) {
            form.showError(refused.field(), getTranslation(refused.messageKey(), PasswordPolicy.MIN_LENGTH,
                    PasswordPolicy.MAX_LENGTH));
        } catch (EditConflictException conflict) {
            notify(getTranslation("conflict.message"), NotificationVariant.ERROR);
            edit(users.edit(draft.getId()), true);
        }
    }

    private void confirmDisable(UserDraft draft) {
        var confirm = new ConfirmDialog(getTranslation("users.disable.title", draft.getUsername()),
                getTranslation("users.disable.message"), getTranslation("user.disable"), event -> disable(draft),
                getTranslation("action.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void disable(UserDraft draft) {
        try {
            users.disable(draft.getId());
            notify(getTranslation("users.disabled", draft.getUsername()), NotificationVariant.SUCCESS);
            closeForm();
            grid.getDataProvider().refreshAll();
        } catch (InvalidInputException refused) {
            form.showError(refused.field(), getTranslation(refused.messageKey()));
        }
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
