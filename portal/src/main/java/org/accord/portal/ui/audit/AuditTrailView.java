package org.accord.portal.ui.audit;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditFilter;
import org.accord.audit.AuditKind;
import org.accord.audit.AuditOutcome;
import org.accord.audit.AuditTrail;
import org.accord.audit.AuditTrailRow;
import org.accord.portal.ui.FilterLink;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.ExportColumn;
import org.accord.portal.ui.ExportMenu;
import org.accord.portal.ui.MainLayout;
import org.accord.shared.export.CellType;

/**
 * The audit trail (DESIGN.md §4): security events and the change history of records in one list, newest first,
 * a page at a time, filtered by what the link says; administrators and program managers read it.
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "PROGRAM_MANAGER"})
public class AuditTrailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<AuditTrailRow> grid = new Grid<>(AuditTrailRow.class, false);
    private final ZoneId zone = Dates.zone();
    final AuditFilterBar filters = new AuditFilterBar(zone);
    final ExportMenu<AuditTrailRow> export;

    private final AuditTrail trail;
    private final FilterLink link;

    public AuditTrailView(AuditTrail trail) {
        this.trail = trail;
        setId("audit-view");
        setSizeFull();
        export = new ExportMenu<>("audit", "audit-trail", getTranslation("audit.heading"), grid, exportColumns(), () -> {
            AuditFilter filter = filter();
            return (sort, batch) -> trail.export(filter, batch);
        });
        var heading = new HorizontalLayout(new H1(getTranslation("audit.heading")), export);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        configureGrid();
        link = new FilterLink(AuditTrailView.class, filters::queryParameters);
        filters.onChange(this::filterChanged);
        add(heading, filters, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("audit-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.addColumn(row -> AuditTexts.moment(row.at(), zone)).setKey("at").setHeader(getTranslation("audit.at"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditTrailRow::who).setKey("who").setHeader(getTranslation("audit.who")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> AuditTexts.kind(row.kind())).setKey("kind").setHeader(getTranslation("audit.filter.kind"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(AuditTexts::what).setKey("what").setHeader(getTranslation("audit.what")).setFlexGrow(2);
        grid.addColumn(AuditTexts::change).setKey("change").setHeader(getTranslation("audit.change")).setFlexGrow(3);
        grid.addColumn(row -> AuditTexts.outcome(row.outcome())).setKey("outcome")
                .setHeader(getTranslation("audit.outcome")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> trail.page(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, trail.count(filter())));
    }

    /** Every part of a row in a column of its own, stored values as they are, times as instants. */
    private List<ExportColumn<AuditTrailRow>> exportColumns() {
        Map<AuditKind, String> kinds = ExportColumn.texts(AuditKind.class, AuditTexts::kind);
        Map<AuditAction, String> actions = ExportColumn.texts(AuditAction.class, AuditTexts::action);
        Map<AuditOutcome, String> outcomes = ExportColumn.texts(AuditOutcome.class, AuditTexts::outcome);
        return List.of(
                new ExportColumn<>(getTranslation("audit.at") + " (UTC)", CellType.DATE_TIME, 20, AuditTrailRow::at),
                new ExportColumn<>(getTranslation("audit.who"), CellType.TEXT, 20, AuditTrailRow::who),
                new ExportColumn<>(getTranslation("audit.filter.kind"), CellType.TEXT, 16, row -> kinds.get(row.kind())),
                new ExportColumn<>(getTranslation("audit.export.action"), CellType.TEXT, 24,
                        row -> row.action() == null ? null : actions.get(row.action())),
                new ExportColumn<>(getTranslation("audit.export.target"), CellType.TEXT, 24, AuditTrailRow::target),
                new ExportColumn<>(getTranslation("audit.export.record"), CellType.TEXT, 14, AuditTrailRow::subjectType),
                new ExportColumn<>(getTranslation("audit.export.record-id"), CellType.INTEGER, 10,
                        AuditTrailRow::subjectId),
                new ExportColumn<>(getTranslation("audit.export.record-name"), CellType.TEXT, 24,
                        AuditTrailRow::subjectName),
                new ExportColumn<>(getTranslation("audit.export.field"), CellType.TEXT, 20, AuditTrailRow::field),
                new ExportColumn<>(getTranslation("audit.export.before"), CellType.TEXT, 40, AuditTrailRow::before),
                new ExportColumn<>(getTranslation("audit.export.after"), CellType.TEXT, 40, AuditTrailRow::after),
                new ExportColumn<>(getTranslation("audit.export.details"), CellType.TEXT, 40, AuditTrailRow::details),
                new ExportColumn<>(getTranslation("audit.outcome"), CellType.TEXT, 12,
                        row -> outcomes.get(row.outcome())),
                new ExportColumn<>(getTranslation("audit.export.address"), CellType.TEXT, 16,
                        AuditTrailRow::clientAddress));
    }

    AuditFilter filter() {
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
        return getTranslation("audit.title");
    }
}
