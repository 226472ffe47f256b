package org.accord.portal.ui.dashboard;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.agreement.Agreements;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStatus;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.HomeView;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.initiative.InitiativesView;
import org.accord.portal.ui.milestone.MilestonesView;
import org.accord.portal.ui.task.TeamTasksView;
import org.accord.progress.ReportingPeriods;
import org.accord.report.DashboardStories;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The dashboard on screen: its link, its tiles and the lists they open, its charts as tables, both languages. */
class DashboardViewTest extends PortalBrowserlessTest {

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Tasks tasks;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    DashboardStories stories;

    @BeforeEach
    void agreementWithTwoQuarters() {
        stories = new DashboardStories(new SignedIn(users), portfolio, plan, tasks, periods, agreements, referenceData,
                jdbc);
        stories.progress("bersin", InitiativeStatus.ACTIVE, Health.AMBER, "Connectivity tests slipped");
        stories.milestone(stories.onTime, MilestoneStatus.MISSED);
        long overdue = stories.task("pm.us", "liaison.us", false);
        long internalMx = stories.task("pm.mx", "liaison.mx", true);
        jdbc.update("update task set due_date = ? where id in (?, ?)", TODAY.minusDays(4), overdue, internalMx);
    }

    @Test
    @WithUserDetails("napolitano")
    void executivesLandOnTheDashboard() {
        navigate("", DashboardView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Where we stand");
        assertThat(((DashboardView) getCurrentView()).filters.period()).isNotNull();
    }

    @Test
    @WithUserDetails("pm.us")
    void everyNumberOfATileEqualsTheRowsOfTheListItOpens() {
        DashboardView view = open();
        List<RouterLink> links = figureLinks(view);

        assertThat(links).extracting(link -> link.getElement().getAttribute("data-list"))
                .anyMatch(href -> href.startsWith("initiatives?"))
                .anyMatch(href -> href.startsWith("milestones?"))
                .anyMatch(href -> href.startsWith("tasks?"));
        for (RouterLink link : links) {
            String href = link.getHref();
            int number = Integer.parseInt(link.getText().replace(",", ""));
            var location = new Location(href);
            UI.getCurrent().navigate(location.getPath(), location.getQueryParameters());
            Object list = getCurrentView();
            assertThat(list).isInstanceOfAny(InitiativesView.class, MilestonesView.class, TeamTasksView.class);
            assertThat(UI.getCurrent().getActiveViewLocation().getQueryParameters().getParameters()).as(href)
                    .isEqualTo(location.getQueryParameters().getParameters());
            assertThat(test($(Grid.class).first()).size()).as(href).isEqualTo(number);
            open();
        }
    }

    @Test
    @WithUserDetails("pm.us")
    void theTilesShowBothSidesAndTheirChangeSinceThePreviousPeriod() {
        DashboardView view = open();

        assertThat(text("figure-health-AMBER")).contains("Amber").contains("1").contains("up 1 since " + stories.previous.code());
        assertThat(text("figure-missed-US")).contains("1").contains("up 1");
        assertThat(text("figure-overdue-US")).contains("1");
        assertThat(text("figure-overdue-MX")).as("the Mexican internal task is not counted for the US").contains("0");
        assertThat(text("figure-uncovered-count")).contains("1");
        assertThat(text("attention-turned")).contains("Green to Amber");
        assertThat(text("attention-late")).contains("Slipped far").contains("40 days late").contains("missed");
        assertThat($(Anchor.class).all()).isNotNull();
        assertThat(view.filters.queryParameters().getParameters())
                .containsEntry("period", List.of(String.valueOf(stories.current.id())))
                .containsEntry("agreement", List.of(String.valueOf(stories.agreementId())));
    }

    @Test
    @WithUserDetails("pm.mx")
    void theOtherPartysViewCountsItsOwnInternalTask() {
        open();

        assertThat(text("figure-overdue-MX")).contains("1");
    }

    @Test
    @WithUserDetails("wayne")
    void executivesReadOnlyAndTheirTaskNumbersAreNotLinksToAListTheyMayNotOpen() {
        DashboardView view = open();

        assertThat($(com.vaadin.flow.component.html.Div.class).withId("dashboard-actions").exists()).isFalse();
        assertThat(figureLinks(view)).extracting(RouterLink::getHref).noneMatch(href -> href.startsWith("tasks"))
                .anyMatch(href -> href.startsWith("initiatives"));
    }

    @Test
    @WithUserDetails("pm.us")
    void programManagersSeeTheActionsTheyOwn() {
        open();

        assertThat(text("dashboard-actions")).contains("Open or close a reporting period").contains("Issue the bilateral report");
    }

    @Test
    @WithUserDetails("pm.us")
    void aClosedPeriodShowsItsSnapshotWithoutLinks() {
        DashboardView view = open(Map.of("period", String.valueOf(stories.previous.id()),
                "agreement", String.valueOf(stories.agreementId())));

        assertThat(text("dashboard-summary")).contains("snapshot");
        assertThat(figureLinks(view)).isEmpty();
        assertThat(text("figure-health-GREEN")).contains("1");
    }

    @Test
    @WithUserDetails("pm.us")
    void eachChartCanBeShownAsATableWithTheSameNumbers() {
        DashboardView view = open();
        ChartFigure health = view.charts.getFirst();

        assertThat(health.drawing.getElement().getProperty("innerHTML")).contains("<title", "<desc", "role=\"img\"");
        assertThat(health.table).as("made when first asked for").isNull();
        test(health.toggle).click();

        assertThat(health.table.isVisible()).isTrue();
        assertThat(health.drawing.isVisible()).isFalse();
        assertThat(health.toggle.getText()).isEqualTo("Show as chart");
        assertThat(health.table.getElement().getTextRecursively()).contains("Amber");
        assertThat(view.charts).hasSize(6);

        test(health.toggle).click();
        assertThat(health.table.isVisible()).isFalse();
        assertThat(health.drawing.isVisible()).isTrue();
        assertThat(health.toggle.getText()).isEqualTo("Show as table");
    }

    @Test
    @WithUserDetails("meade")
    void aBadLinkFallsBackToTheDefaultsAndSpanishReadsSpanish() {
        UI.getCurrent().setLocale(Locale.of("es"));
        DashboardView view = open(Map.of("period", "nonsense", "agreement", "-5"));

        assertThat($(H1.class).first().getText()).isEqualTo("Dónde estamos");
        assertThat(view.filters.scope().kind()).isEqualTo(org.accord.report.ScopeKind.ALL);
        assertThat(view.filters.period()).isNotNull();
        assertThat(view.filters.queryParameters().getParameters()).doesNotContainKey("agreement")
                .containsEntry("period", List.of(String.valueOf(view.filters.period().id())));
    }

    private DashboardView open() {
        return open(Map.of("period", String.valueOf(stories.current.id()),
                "agreement", String.valueOf(stories.agreementId())));
    }

    private DashboardView open(Map<String, String> link) {
        UI.getCurrent().navigate(DashboardView.class, QueryParameters.simple(link));
        return (DashboardView) getCurrentView();
    }

    private List<RouterLink> figureLinks(DashboardView view) {
        List<RouterLink> links = new ArrayList<>();
        collect(view.tiles, links);
        return links;
    }

    private static void collect(Component component, List<RouterLink> links) {
        if (component instanceof RouterLink link && link.getClassNames().contains("accord-figure")) {
            links.add(link);
        }
        component.getChildren().forEach(child -> collect(child, links));
    }

    private String text(String id) {
        return $(Component.class).id(id).getElement().getTextRecursively();
    }
}
