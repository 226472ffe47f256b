package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.agreement.AgreementChoices;
import org.accord.agreement.Agreements;
import org.accord.importing.SpreadsheetImport;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;
import org.accord.people.Directory;
import org.accord.people.Language;
import org.accord.people.Party;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.portal.ui.FilterLink;
import org.accord.portal.ui.ExportColumn;
import org.accord.portal.ui.BadgeRenderer;
import org.accord.portal.ui.ExportMenu;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.importing.ImportDialog;
import org.springframework.data.domain.PageRequest;
import org.accord.shared.export.CellType;
import org.springframework.data.domain.Sort;

/** The initiatives of the portfolio, a page at a time, filtered by what the page's link says. */
@Route(value = "initiatives", layout = MainLayout.class)
@PermitAll
public class InitiativesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<InitiativeRow> grid = new Grid<>(InitiativeRow.class, false);
    final InitiativeFilterBar filters;
    final Button newInitiative = new Button();
    final Button importFile = new Button();
    final ExportMenu<InitiativeRow> export;

    private final InitiativePortfolio portfolio;
    private final FilterLink link;

    public InitiativesView(InitiativePortfolio portfolio, Agreements agreements, ReferenceData referenceData,
                           Directory directory, SpreadsheetImport imports, AuthenticationContext authentication) {
        this.portfolio = portfolio;
        List<Party> parties = referenceData.parties();
        AgreementChoices choices = agreements.choices();
        this.filters = new InitiativeFilterBar(choices.agreements(), choices.commitments(), parties,
                referenceData.activeAgencies(), directory,
                authentication.hasRole(Role.OVERSIGHT_LEAD.name()) ? directory.me() : null);
        setId("initiatives-view");
        setSizeFull();

        newInitiative.setText(getTranslation("initiatives.new"));
        newInitiative.setIcon(VaadinIcon.PLUS.create());
        newInitiative.setId("initiatives-new");
        newInitiative.addThemeVariants(ButtonVariant.PRIMARY);
        newInitiative.setVisible(authentication.hasAnyRole(Role.ADMIN.name(), Role.PROGRAM_MANAGER.name()));
        newInitiative.addClickListener(click -> UI.getCurrent().navigate(InitiativeEditView.class));
        importFile.setText(getTranslation("import.open"));
        importFile.setIcon(VaadinIcon.UPLOAD.create());
        importFile.setId("initiatives-import");
        importFile.setVisible(newInitiative.isVisible());
        importFile.addClickListener(click -> new ImportDialog(imports, grid.getDataProvider()::refreshAll).open());
        export = new ExportMenu<>("initiatives", "initiatives", getTranslation("initiatives.heading"), grid,
                exportColumns(parties), () -> {
                    InitiativeFilter filter = filter();
                    return (sort, batch) -> portfolio.export(filter, sort, batch);
                });
        var heading = new HorizontalLayout(new H1(getTranslation("initiatives.heading")), newInitiative, importFile,
                export);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);

        configureGrid(parties);
        link = new FilterLink(InitiativesView.class, filters::queryParameters);
        filters.onChange(this::filterChanged);
        add(heading, filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid(List<Party> parties) {
        Language language = Texts.currentLanguage();
        grid.setId("initiatives-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("initiatives.empty"));
        var code = grid.addColumn(InitiativeRow::code).setKey("code").setSortProperty("code")
                .setHeader(getTranslation("initiative.code")).setAutoWidth(true);
        grid.addColumn(row -> row.title(language)).setKey("title")
                .setSortProperty(language == Language.ES ? "titleEs" : "titleEn")
                .setHeader(getTranslation("initiative.title")).setWidth("16rem").setFlexGrow(3);
        grid.addColumn(row -> InitiativeTexts.status(row.status())).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("initiative.status")).setAutoWidth(true);
        grid.addColumn(BadgeRenderer.<InitiativeRow>of(row -> InitiativeTexts.health(row.health()),
                        row -> HealthBadge.theme(row.health()), row -> row.health().name())).setKey("health")
                .setSortProperty("health").setHeader(getTranslation("initiative.health")).setAutoWidth(true);
        grid.addColumn(row -> InitiativeTexts.priority(row.priority())).setKey("priority").setSortProperty("priority")
                .setHeader(getTranslation("initiative.priority")).setAutoWidth(true);
        for (Party party : parties) {
            String partyCode = party.getCode();
            grid.addColumn(row -> leadOf(row, partyCode)).setKey("lead-" + partyCode)
                    .setHeader(getTranslation("initiatives.column.lead", partyCode)).setWidth("12rem").setFlexGrow(1);
        }
        grid.addColumn(row -> DateTexts.date(row.startDate())).setKey("startDate").setSortProperty("startDate")
                .setHeader(getTranslation("initiative.start-date")).setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(row -> DateTexts.date(row.targetEndDate())).setKey("targetEndDate")
                .setSortProperty("targetEndDate").setHeader(getTranslation("initiative.target-end-date"))
                .setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.sort(List.of(new GridSortOrder<>(code, SortDirection.ASCENDING)));
        grid.setItems(query -> portfolio.page(filter(), pageWithUniqueOrder(query)).stream(),
                query -> portfolio.count(filter()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                UI.getCurrent().navigate(InitiativeView.class, event.getValue().id());
            }
        });
    }

    /** The grid's columns, with typed dates. */
    private List<ExportColumn<InitiativeRow>> exportColumns(List<Party> parties) {
        Language language = Texts.currentLanguage();
        Map<InitiativeStatus, String> statuses = ExportColumn.texts(InitiativeStatus.class, InitiativeTexts::status);
        Map<Health, String> healths = ExportColumn.texts(Health.class, InitiativeTexts::health);
        Map<Priority, String> priorities = ExportColumn.texts(Priority.class, InitiativeTexts::priority);
        var columns = new ArrayList<ExportColumn<InitiativeRow>>(List.of(
                new ExportColumn<>(getTranslation("initiative.code"), CellType.TEXT, 14, InitiativeRow::code),
                new ExportColumn<>(getTranslation("initiative.title"), CellType.TEXT, 50, row -> row.title(language)),
                new ExportColumn<>(getTranslation("initiative.status"), CellType.TEXT, 14,
                        row -> statuses.get(row.status())),
                new ExportColumn<>(getTranslation("initiative.health"), CellType.TEXT, 12,
                        row -> healths.get(row.health())),
                new ExportColumn<>(getTranslation("initiative.priority"), CellType.TEXT, 10,
                        row -> priorities.get(row.priority()))));
        for (Party party : parties) {
            String partyCode = party.getCode();
            columns.add(new ExportColumn<>(getTranslation("initiatives.column.lead", partyCode), CellType.TEXT, 30,
                    row -> leadOf(row, partyCode)));
        }
        columns.add(new ExportColumn<>(getTranslation("initiative.start-date"), CellType.DATE, 12,
                InitiativeRow::startDate));
        columns.add(new ExportColumn<>(getTranslation("initiative.target-end-date"), CellType.DATE, 12,
                InitiativeRow::targetEndDate));
        return columns;
    }

    /** Codes are unique: ordering by code last keeps rows with equal sort values from moving between pages. */
    private static PageRequest pageWithUniqueOrder(Query<InitiativeRow, Void> query) {
        PageRequest page = VaadinSpringDataHelpers.toSpringPageRequest(query);
        return page.getSort().getOrderFor("code") != null ? page : page.withSort(page.getSort().and(Sort.by("code")));
    }

    /** "CBP · Alan Bersin": the country's lead agency and current oversight lead. */
    private static String leadOf(InitiativeRow row, String partyCode) {
        return Stream.of(row.leadAgencies().get(partyCode), row.leads().get(partyCode))
                .filter(Objects::nonNull).collect(Collectors.joining(" · "));
    }

    InitiativeFilter filter() {
        return filters.filter();
    }

    /** Where the page is, filters included: the link to share. */
    String shareableLocation() {
        return link.shareable();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(event.getLocation().getQueryParameters());
        link.entered(event.getLocation());
        grid.getDataProvider().refreshAll();
    }

    private void filterChanged() {
        link.filtersChanged();
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initiatives.title");
    }
}
