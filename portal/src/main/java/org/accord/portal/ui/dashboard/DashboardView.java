package org.accord.portal.ui.dashboard;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.accord.people.Language;
import org.accord.people.Role;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.FilterLink;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.progress.PeriodsView;
import org.accord.portal.ui.report.ReportsView;
import org.accord.report.Dashboard;
import org.accord.report.DashboardFigures;
import org.accord.report.ReportCharts;
import org.accord.report.ReportLanguage;
import org.accord.report.chart.Chart;

/**
 * The executive dashboard: where both parties stand in a period and scope (both kept in the link), what changed
 * since the previous period, the report's charts and the trends over periods, and what needs attention. Every
 * number that a list can show opens that list, filtered to the same rows.
 */
@Route(value = "dashboard", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "PROGRAM_MANAGER", "EXECUTIVE", "OVERSIGHT_LEAD"})
public class DashboardView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final DashboardFilters filters;
    final Div content = new Div();
    private final Dashboard dashboard;
    private final AuthenticationContext authentication;
    private final FilterLink link;
    KpiTiles tiles;
    List<ChartFigure> charts = List.of();

    public DashboardView(Dashboard dashboard, AuthenticationContext authentication) {
        this.dashboard = dashboard;
        this.authentication = authentication;
        setId("dashboard");
        filters = new DashboardFilters(this::filtersChanged);
        link = new FilterLink(DashboardView.class, filters::queryParameters);
        content.setId("dashboard-content");
        content.setWidthFull();
        add(new H1(getTranslation("dashboard.heading")), filters, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filters.show(event.getLocation().getQueryParameters(), dashboard.periods(), dashboard.scopes(),
                dashboard::defaultPeriod);
        render();
        link.entered(event.getLocation());
    }

    private void filtersChanged() {
        render();
        link.filtersChanged();
    }

    private void render() {
        content.removeAll();
        if (filters.period() == null) {
            content.add(new Paragraph(getTranslation("dashboard.no-periods")));
            return;
        }
        DashboardFigures figures = dashboard.figures(filters.period().id(), filters.scope().asReportScope())
                .orElseThrow();
        content.add(summary(figures));
        if (authentication.hasAnyRole(Role.ADMIN.name(), Role.PROGRAM_MANAGER.name())) {
            content.add(actions());
        }
        tiles = new KpiTiles(figures, new DashboardLinks(filters.scope(), figures.live(),
                authentication.hasAnyRole(Role.ADMIN.name(), Role.PROGRAM_MANAGER.name())));
        content.add(tiles, new AttentionPanel(figures), charts(figures));
    }

    private Paragraph summary(DashboardFigures figures) {
        String compared = figures.previous() == null ? getTranslation("dashboard.summary.no-previous")
                : figures.previous().snapshot() ? getTranslation("dashboard.summary.previous", figures.previous().code())
                : getTranslation("dashboard.summary.no-snapshot", figures.previous().code());
        var summary = new Paragraph(getTranslation(figures.live() ? "dashboard.summary.live" : "dashboard.summary.closed",
                figures.period().code(), Dates.date(figures.asOf())) + " " + compared);
        summary.setId("dashboard-summary");
        return summary;
    }

    private Div actions() {
        var actions = new Div(new RouterLink(getTranslation("dashboard.action.periods"), PeriodsView.class),
                new RouterLink(getTranslation("dashboard.action.report"), ReportsView.class));
        actions.setId("dashboard-actions");
        actions.addClassName("accord-dashboard-actions");
        return actions;
    }

    private Div charts(DashboardFigures figures) {
        ReportLanguage language = Texts.currentLanguage() == Language.ES ? ReportLanguage.ES : ReportLanguage.EN;
        ReportCharts report = dashboard.charts(figures, language);
        List<Chart> trends = dashboard.trendCharts(figures.trends(), language);
        var section = new Div(new H2(getTranslation("dashboard.charts")));
        section.setId("dashboard-charts");
        var grid = new Div();
        grid.addClassName("accord-chart-grid");
        charts = List.of(new ChartFigure(report.health(), "chart-health"), new ChartFigure(report.burnUp(), "chart-burnup"),
                new ChartFigure(report.slippage(), "chart-slippage"), new ChartFigure(report.trend(), "chart-trend"),
                new ChartFigure(trends.get(0), "chart-period-health"), new ChartFigure(trends.get(1), "chart-on-time"));
        charts.forEach(grid::add);
        section.add(grid);
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("dashboard.title");
    }
}
