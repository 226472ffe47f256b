package org.accord.portal.ui.people;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.accord.people.AgencyAdministration;
import org.accord.people.AgencyDraft;
import org.accord.people.AgencyRow;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;

/**
 * Administration → Agencies: the agencies of both countries, the form beside them. Each country's administrators
 * administer its own; one in use is deactivated, and only one that nothing names can be deleted.
 */
@Route(value = "admin/agencies", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AgenciesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<AgencyRow> grid = new Grid<>(AgencyRow.class, false);
    final Checkbox withInactive = new Checkbox();
    final Button newAgency = new Button();
    final AgencyForm form = new AgencyForm();

    private final AgencyAdministration agencies;

    public AgenciesView(AgencyAdministration agencies) {
        this.agencies = agencies;
        setId("agencies-view");
        setSizeFull();
        configureGrid();
        form.setVisible(false);
        form.addSaveListener(event -> save(event.draft()));
        form.addActivationListener(event -> toggleActive(event.draft()));
        form.addDeleteListener(event -> confirmDelete(event.draft()));
        form.addCloseListener(event -> closeForm());

        withInactive.setLabel(getTranslation("agencies.show-inactive"));
        withInactive.setId("agencies-with-inactive");
        withInactive.addValueChangeListener(event -> refresh());
        newAgency.setText(getTranslation("agencies.new"));
        newAgency.setIcon(VaadinIcon.PLUS.create());
        newAgency.setId("agencies-new");
        newAgency.addThemeVariants(ButtonVariant.PRIMARY);
        newAgency.addClickListener(click -> editNew());
        var toolbar = new HorizontalLayout(withInactive, newAgency);
        toolbar.setAlignItems(Alignment.BASELINE);

        var content = new HorizontalLayout(grid, form);
        content.setSizeFull();
        content.setFlexGrow(1, grid);
        add(new H1(getTranslation("nav.agencies")), toolbar, content);
        setFlexGrow(1, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        closeForm();
        refresh();
    }

    private void configureGrid() {
        grid.setId("agencies-grid");
        grid.setHeightFull();
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(AgencyRow::partyCode).setKey("party").setHeader(getTranslation("agency.party"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(AgencyRow::code).setKey("code").setHeader(getTranslation("agency.code")).setAutoWidth(true)
                .setFlexGrow(0).setSortable(true);
        grid.addColumn(row -> row.name(Texts.currentLanguage())).setKey("name").setHeader(getTranslation("agency.name"))
                .setFlexGrow(1).setSortable(true);
        grid.addColumn(AgencyRow::parentCode).setKey("parent").setHeader(getTranslation("agency.parent"))
                .setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(row -> getTranslation(row.active() ? "agency.status.active" : "agency.status.inactive"))
                .setKey("status").setHeader(getTranslation("agency.status")).setAutoWidth(true).setFlexGrow(0);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue().id());
            }
        });
    }

    void editNew() {
        grid.asSingleSelect().clear();
        form.show(agencies.create(), agencies.parentChoices(null), true, false, List.of());
        form.setVisible(true);
    }

    void edit(long id) {
        AgencyDraft draft = agencies.edit(id);
        boolean administered = agencies.administers(draft.getPartyCode());
        form.show(draft, administered ? agencies.parentChoices(id) : List.of(), administered,
                administered && !agencies.inUse(id), agencies.history(id));
        form.setVisible(true);
    }

    private void save(AgencyDraft draft) {
        try {
            AgencyRow saved = agencies.save(draft);
            notify(getTranslation("agencies.saved", saved.code()), NotificationVariant.SUCCESS);
            refresh();
            grid.select(saved);
        } catch (InvalidInputException refused) {
            form.showError(refused.field(), getTranslation(refused.messageKey()));
        } catch (EditConflictException conflict) {
            conflict(draft);
        }
    }

    private void toggleActive(AgencyDraft draft) {
        try {
            if (draft.isActive()) {
                agencies.deactivate(draft.getId(), draft.getVersion());
                notify(getTranslation("agencies.deactivated", draft.getCode()), NotificationVariant.SUCCESS);
            } else {
                agencies.activate(draft.getId(), draft.getVersion());
                notify(getTranslation("agencies.activated", draft.getCode()), NotificationVariant.SUCCESS);
            }
            refresh();
            edit(draft.getId());
        } catch (InvalidInputException refused) {
            form.showError(refused.field(), getTranslation(refused.messageKey()));
        } catch (EditConflictException conflict) {
            conflict(draft);
        }
    }

    private void confirmDelete(AgencyDraft draft) {
        var confirm = new ConfirmDialog(getTranslation("agencies.delete.title", draft.getCode()),
                getTranslation("agencies.delete.message"), getTranslation("agency.delete"), event -> delete(draft),
                getTranslation("action.cancel"), event -> { });
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    void delete(AgencyDraft draft) {
        try {
            agencies.delete(draft.getId(), draft.getVersion());
            notify(getTranslation("agencies.deleted", draft.getCode()), NotificationVariant.SUCCESS);
            closeForm();
            refresh();
        } catch (InvalidInputException refused) {
            form.showError(refused.field(), getTranslation(refused.messageKey()));
        } catch (EditConflictException conflict) {
            conflict(draft);
        }
    }

    private void conflict(AgencyDraft draft) {
        notify(getTranslation("conflict.message"), NotificationVariant.ERROR);
        refresh();
        edit(draft.getId());
    }

    private void closeForm() {
        form.setVisible(false);
        grid.asSingleSelect().clear();
    }

    private void refresh() {
        grid.setItems(agencies.list(withInactive.getValue()));
    }

    private static void notify(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agencies.title");
    }
}
