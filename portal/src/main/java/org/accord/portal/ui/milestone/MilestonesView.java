package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Map;
import org.accord.agreement.AgreementChoices;
import org.accord.agreement.Agreements;
import org.accord.milestone.MilestoneFilter;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.accord.milestone.ScheduleState;
import org.accord.people.Language;
import org.accord.portal.ui.FilterLink;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.ExportColumn;
import org.accord.portal.ui.BadgeRenderer;
import org.accord.portal.ui.ExportMenu;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.initiative.InitiativePortfolio;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.shared.export.CellType;

/** Milestones across the portfolio, a page at a time, filtered by the page's link; and their timeline. */
@Route(value = "milestones", layout = MainLayout.class)
@PermitAll
public class MilestonesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The timeline draws at most this many milestones, the first by baseline date. */
    static final int TIMELINE_LIMIT = 200;

    final Grid<MilestoneRow> grid = new Grid<>();
    final MilestoneFilterBar filters;
    private final FilterLink link;
    final Div timeline = new Div();
    final Image timelineImage = new Image();
    final Paragraph timelineCut = new Paragraph();
    final ExportMenu<MilestoneRow> export;

    private final MilestonePlan plan;
    private TimelineDrawing drawing;

    public MilestonesView(MilestonePlan plan, Agreements agreements, InitiativePortfolio portfolio) {
        this.plan = plan;
        AgreementChoices choices = agreements.choices();
        this.filters = new MilestoneFilterBar(choices.agreements(), choices.commitments(),
                new InitiativeChooser(portfolio));
        setId("milestones-view");
        configureGrid();
        link = new FilterLink(MilestonesView.class, filters::queryParameters);
        filters.onChange(this::filterChanged);
        timeline.setId("milestone-timeline");
        timeline.setWidthFull();
        timeline.getStyle().set("overflow-x", "auto");
        // A region that scrolls sideways: reachable with Tab, so the keyboard can scroll it, and named.
        timeline.getElement().setAttribute("tabindex", "0");
        timeline.getElement().setAttribute("role", "region");
        timeline.getElement().setAttribute("aria-label", getTranslation("milestones.timeline"));
        timelineCut.setVisible(false);
        timelineImage.setId("milestone-timeline-image");
        timeline.add(timelineImage);
        export = new ExportMenu<>("milestones", "milestones", getTranslation("milestones.heading"), grid,
                exportColumns(), () -> {
                    MilestoneFilter filter = filters.filter();
                    return (sort, batch) -> plan.export(filter, sort, batch);
                });
        var heading = new HorizontalLayout(new H1(getTranslation("milestones.heading")), export);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(heading, filters, grid,
                new H2(getTranslation("milestones.timeline")), timelineCut, timeline);
    }

    private void configureGrid() {
        Language language = Texts.currentLanguage();
        grid.setId("milestones-list");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("milestones.empty"));
        grid.setHeight("28rem");
        grid.addColumn(MilestoneRow::initiativeCode).setKey("initiative").setSortProperty("initiative.code")
                .setHeader(getTranslation("milestones.initiative")).setAutoWidth(true);
        grid.addColumn(row -> row.title(language)).setKey("title")
                .setSortProperty(language == Language.ES ? "titleEs" : "titleEn")
                .setHeader(getTranslation("milestone.title")).setFlexGrow(3);
        grid.addColumn(row -> MilestoneTexts.side(row.ownerSide())).setKey("side").setSortProperty("ownerSide")
                .setHeader(getTranslation("milestone.owner")).setAutoWidth(true);
        var baseline = grid.addColumn(row -> Dates.date(row.baselineDate())).setKey("baseline")
                .setSortProperty("baselineDate").setHeader(getTranslation("milestone.baseline")).setAutoWidth(true);
        grid.addColumn(row -> Dates.date(row.forecastDate())).setKey("forecast").setSortProperty("forecastDate")
                .setHeader(getTranslation("milestone.forecast")).setAutoWidth(true);
        grid.addColumn(row -> Dates.date(row.actualDate())).setKey("actual").setSortProperty("actualDate")
                .setHeader(getTranslation("milestone.actual")).setAutoWidth(true);
        grid.addColumn(row -> MilestoneTexts.slippage(row.slippageDays())).setKey("slippage")
                .setHeader(getTranslation("milestone.slippage")).setAutoWidth(true);
        grid.addColumn(BadgeRenderer.<MilestoneRow>of(row -> MilestoneTexts.state(row.state()),
                        row -> ScheduleBadge.theme(row.state()), row -> row.state().name())).setKey("state")
                .setHeader(getTranslation("milestone.state")).setAutoWidth(true);
        grid.addColumn(row -> MilestoneTexts.status(row.status())).setKey("status").setSortProperty("status")
                .setHeader(getTranslation("milestone.status")).setAutoWidth(true);
        grid.sort(List.of(new GridSortOrder<>(baseline, SortDirection.ASCENDING)));
        grid.setItems(query -> plan.page(filters.filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> plan.count(filters.filter()));
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                UI.getCurrent().navigate(InitiativeView.class, event.getValue().initiativeId());
            }
        });
    }

    /** The grid's columns, with typed dates and the slippage as a number of days. */
    private List<ExportColumn<MilestoneRow>> exportColumns() {
        Language language = Texts.currentLanguage();
        Map<OwnerSide, String> sides = ExportColumn.texts(OwnerSide.class, MilestoneTexts::side);
        Map<ScheduleState, String> states = ExportColumn.texts(ScheduleState.class, MilestoneTexts::state);
        Map<MilestoneStatus, String> statuses = ExportColumn.texts(MilestoneStatus.class, MilestoneTexts::status);
        return List.of(
                new ExportColumn<>(getTranslation("milestones.initiative"), CellType.TEXT, 14,
                        MilestoneRow::initiativeCode),
                new ExportColumn<>(getTranslation("milestone.title"), CellType.TEXT, 50, row -> row.title(language)),
                new ExportColumn<>(getTranslation("milestone.owner"), CellType.TEXT, 16, row -> sides.get(row.ownerSide())),
                new ExportColumn<>(getTranslation("milestone.baseline"), CellType.DATE, 12, MilestoneRow::baselineDate),
                new ExportColumn<>(getTranslation("milestone.forecast"), CellType.DATE, 12, MilestoneRow::forecastDate),
                new ExportColumn<>(getTranslation("milestone.actual"), CellType.DATE, 12, MilestoneRow::actualDate),
                new ExportColumn<>(getTranslation("export.slippage-days"), CellType.INTEGER, 12,
                        MilestoneRow::slippageDays),
                new ExportColumn<>(getTranslation("milestone.state"), CellType.TEXT, 14, row -> states.get(row.state())),
                new ExportColumn<>(getTranslation("milestone.status"), CellType.TEXT, 14,
                        row -> statuses.get(row.status())));
    }

    /**
     * The timeline is an image the browser asks for once the page is shown, drawn then from the filter as it was at
     * this moment: the page's answer does not carry its SVG, nor does the screen's state keep it.
     */
    void drawTimeline() {
        MilestoneFilter filter = filters.filter();
        int shown = Math.min(plan.count(filter), TIMELINE_LIMIT);
        timelineCut.setVisible(shown == TIMELINE_LIMIT);
        timelineCut.setText(getTranslation("milestones.timeline.cut", TIMELINE_LIMIT));
        var legend = new TimelineSvg.Legend(getTranslation("milestone.baseline"), getTranslation("milestone.forecast"),
                getTranslation("milestone.actual"), getTranslation("milestones.timeline.today"),
                getTranslation("milestones.empty"), getTranslation("milestones.timeline.description", shown));
        var drawing = new TimelineDrawing(plan, filter, Texts.currentLanguage(), UI.getCurrent().getLocale(), legend);
        timelineImage.setAlt(legend.description());
        timelineImage.setSrc(drawing);
        this.drawing = drawing;
    }

    String timelineSvg() {
        return drawing.svg();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(event.getLocation().getQueryParameters());
        link.entered(event.getLocation());
        grid.getDataProvider().refreshAll();
        drawTimeline();
    }

    private void filterChanged() {
        link.filtersChanged();
        grid.getDataProvider().refreshAll();
        drawTimeline();
    }

    /** Where the page is, filters included: the link to share. */
    String shareableLocation() {
        return link.shareable();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("milestones.title");
    }
}
