package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.accord.agreement.AgreementDraft;
import org.accord.agreement.AgreementFilter;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementRow;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.Agreements;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;

/** The agreements of both parties, a page at a time, filtered in the database; a row opens the agreement. */
@Route(value = "agreements", layout = MainLayout.class)
@PermitAll
public class AgreementsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<AgreementRow> grid = new Grid<>(AgreementRow.class, false);
    final TextField search = new TextField();
    final Select<AgreementKind> kindFilter = new Select<>();
    final Select<AgreementStatus> statusFilter = new Select<>();
    final Button newAgreement = new Button();

    private final Agreements agreements;
    private final ReferenceData referenceData;

    public AgreementsView(Agreements agreements, ReferenceData referenceData, AuthenticationContext authentication) {
        this.agreements = agreements;
        this.referenceData = referenceData;
        setId("agreements-view");
        setSizeFull();
        configureGrid();
        newAgreement.setVisible(authentication.hasAnyRole("ADMIN", "PROGRAM_MANAGER"));
        add(new H1(getTranslation("nav.agreements")), toolbar(), grid);
        setFlexGrow(1, grid);
    }

    private HorizontalLayout toolbar() {
        search.setPlaceholder(getTranslation("agreements.search"));
        search.setAriaLabel(getTranslation("agreements.search"));
        search.setId("agreements-search");
        search.setWidth("20rem");
        search.setClearButtonVisible(true);
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> refresh());

        kindFilter.setItems(AgreementKind.values());
        kindFilter.setEmptySelectionAllowed(true);
        kindFilter.setEmptySelectionCaption(getTranslation("agreements.all-kinds"));
        kindFilter.setItemLabelGenerator(kind -> kind == null ? getTranslation("agreements.all-kinds") : AgreementTexts.kind(kind));
        kindFilter.setAriaLabel(getTranslation("agreement.kind"));
        kindFilter.addValueChangeListener(event -> refresh());

        statusFilter.setItems(AgreementStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("agreements.all-statuses"));
        statusFilter.setItemLabelGenerator(status -> status == null ? getTranslation("agreements.all-statuses")
                : AgreementTexts.status(status));
        statusFilter.setAriaLabel(getTranslation("agreement.status"));
        statusFilter.addValueChangeListener(event -> refresh());

        newAgreement.setText(getTranslation("agreements.new"));
        newAgreement.setIcon(VaadinIcon.PLUS.create());
        newAgreement.setId("agreements-new");
        newAgreement.addThemeVariants(ButtonVariant.PRIMARY);
        newAgreement.addClickListener(click -> create());
        var toolbar = new HorizontalLayout(search, kindFilter, statusFilter, newAgreement);
        toolbar.setAlignItems(Alignment.BASELINE);
        return toolbar;
    }

    private void configureGrid() {
        Language language = Texts.currentLanguage();
        grid.setId("agreements-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES);
        grid.addColumn(AgreementRow::code).setKey("code").setSortProperty("code")
                .setHeader(getTranslation("agreement.code")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.title(language)).setKey("title")
                .setSortProperty(language == Language.ES ? "titleEs" : "titleEn")
                .setHeader(getTranslation("agreement.title")).setWidth("16rem").setFlexGrow(1)
                .setTooltipGenerator(row -> row.title(language));
        grid.addColumn(row -> AgreementTexts.kind(row.kind())).setKey("kind").setSortProperty("kind")
                .setHeader(getTranslation("agreement.kind")).setAutoWidth(true);
        grid.addColumn(row -> Dates.date(row.signedOn())).setKey("signedOn").setSortProperty("signedOn")
                .setHeader(getTranslation("agreement.signed-on")).setAutoWidth(true);
        grid.addColumn(row -> AgreementTexts.status(row.status())).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("agreement.status")).setAutoWidth(true);
        grid.addColumn(AgreementRow::commitments).setKey("commitments")
                .setHeader(getTranslation("agreements.commitments")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> agreements.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> agreements.count(filter()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                open(event.getValue().id());
            }
        });
    }

    AgreementFilter filter() {
        return new AgreementFilter(search.getValue(), kindFilter.getValue(), statusFilter.getValue());
    }

    private void create() {
        new EditDialog<>(getTranslation("agreements.new"),
                new AgreementForm(referenceData.parties(), referenceData.agencies()), new AgreementDraft(),
                draft -> open(agreements.save(draft)), AgreementDraft::new, this::refresh).open();
    }

    private void open(long id) {
        getUI().ifPresent(ui -> ui.navigate(AgreementView.class, new RouteParameters("id", String.valueOf(id))));
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("agreements.title");
    }
}
