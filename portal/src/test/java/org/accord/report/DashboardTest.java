package org.accord.report;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.PortfolioFixture;
import org.accord.milestone.MilestoneFilter;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.Directory;
import org.accord.people.ReferenceData;
import org.accord.progress.PeriodView;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.report.DashboardFigures.Milestones;
import org.accord.shared.InvalidInputException;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The dashboard's figures on the real database, for one agreement's scope: today's against the previous period's
 * snapshot, what needs attention, and the other party's internal tasks left out.
 */
@PortalTest
class DashboardTest {

    @Autowired
    Dashboard dashboard;
    @Autowired
    Reports reports;
    @Autowired
    DashboardReader reader;
    @Autowired
    ReportReader reportReader;
    @Autowired
    ReportAssembler assembler;
    @Autowired
    PeriodTrends trends;
    @Autowired
    Directory directory;
    @Autowired
    ReportingPeriods periods;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Tasks tasks;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    DashboardStories stories;
    ReportScope scope;
    PeriodView previous;
    PeriodView current;

    @BeforeEach
    void agreementWithAClosedAndAnOpenQuarter() {
        signedIn = new SignedIn(userDetails);
        stories = new DashboardStories(signedIn, portfolio, plan, tasks, periods, agreements, referenceData, jdbc);
        scope = stories.scope;
        previous = stories.previous;
        current = stories.current;
    }

    @Test
    void milestonesBySideCountWhatTheMilestonesListCountsAndCompareWithThePreviousSnapshot() {
        stories.milestone(stories.onTime, MilestoneStatus.MISSED);

        DashboardFigures figures = figures("napolitano");

        assertThat(figures.live()).isTrue();
        assertThat(figures.previous().code()).isEqualTo(previous.code());
        assertThat(figures.milestones()).extracting(Milestones::side, m -> m.total().now(), m -> m.onTime().now(),
                m -> m.slipped().now(), m -> m.missed().now(), m -> m.onTime().before(), m -> m.missed().change())
                .containsExactly(tuple(OwnerSide.US, 1, 0, 0, 1, 1, 1), tuple(OwnerSide.MX, 2, 0, 2, 0, 0, 0),
                        tuple(OwnerSide.JOINT, 1, 0, 0, 1, 0, 0));
        assertThat(figures.milestones().getFirst().onTimeRate()).isZero();
        assertThat(figures.milestones().getFirst().previousOnTimeRate()).isEqualTo(1.0);
        String agreementCode = jdbc.queryForObject("select code from agreement where id = ?", String.class,
                stories.agreementId());
        long agreement = stories.agreementId();
        signedIn.as("pm.us", () -> {
            for (Milestones side : figures.milestones()) {
                assertThat(plan.count(new MilestoneFilter(null, false, true, side.side(), agreement, null)))
                        .as("slipped " + side.side() + " in " + agreementCode).isEqualTo(side.slipped().now());
                assertThat(plan.count(new MilestoneFilter(null, true, false, side.side(), agreement, null)))
                        .as("missed " + side.side()).isEqualTo(side.missed().now());
            }
        });
    }

    @Test
    void healthCountsActiveInitiativesAndAnInitiativeThatTurnedRedNeedsAttention() {
        stories.progress("bersin", InitiativeStatus.ACTIVE, Health.RED, "Connectivity lost at the border");

        DashboardFigures figures = figures("meade");

        assertThat(figures.initiatives().green()).isEqualTo(Figure.of(0, 1));
        assertThat(figures.initiatives().red()).isEqualTo(Figure.of(1, 0));
        assertThat(figures.initiatives().red().change()).isEqualTo(1);
        assertThat(figures.attention().turned().rows()).singleElement().satisfies(turned -> {
            assertThat(turned.initiativeId()).isEqualTo(stories.initiativeId());
            assertThat(turned.from()).isEqualTo(Health.GREEN);
            assertThat(turned.health()).isEqualTo(Health.RED);
        });
        assertThat(figures.attention().turned().total()).isOne();
    }

    @Test
    void missedMilestonesAndThoseSlippedMoreThanThirtyDaysNeedAttentionTheOthersDoNot() {
        DashboardFigures figures = figures("pm.mx");

        assertThat(figures.attention().lateMilestones().rows())
                .extracting(m -> m.title().en(), DashboardFigures.LateMilestone::missed, m -> m.slippageDays())
                .containsExactly(tuple("Overdue", true, 0L), tuple("Slipped far", false, 40L));
        assertThat(figures.attention().lateMilestones().total()).isEqualTo(2);
    }

    @Test
    void overdueTasksCountSharedOnesAndOnlyTheViewersOwnPartysInternalOnes() {
        long shared = stories.task("pm.us", "liaison.us", false);
        long internalMx = stories.task("pm.mx", "liaison.mx", true);
        jdbc.update("update task set due_date = ? where id in (?, ?)", TODAY.minusDays(2), shared, internalMx);

        var seenByUs = figures("pm.us").overdueTasks();
        var seenByMx = figures("pm.mx").overdueTasks();

        assertThat(seenByUs).extracting(DashboardFigures.PartyOverdue::partyCode, p -> p.total().now())
                .containsExactly(tuple("US", 1), tuple("MX", 0));
        assertThat(seenByMx).extracting(DashboardFigures.PartyOverdue::partyCode, p -> p.total().now())
                .containsExactly(tuple("US", 1), tuple("MX", 1));
        assertThat(seenByMx.get(1).agencies()).singleElement().satisfies(agency -> {
            assertThat(agency.count().now()).isOne();
            assertThat(agency.agencyName().en()).isNotBlank();
        });
    }

    @Test
    void returnedUpdatesNeedAttentionAndUnsubmittedOnesOnlyWhenThePeriodClosesSoon() {
        signedIn.as("bersin", () -> updates.submit(current.id(), stories.initiativeId(), ProgressFixture.written("Done")));
        var submitted = signedIn.as("pm.mx", () -> updates.update(current.id(), stories.initiativeId(), "US"));
        signedIn.as("pm.mx", () -> updates.returnUpdate(submitted.id(), submitted.version(), "Add the pilot dates"));

        var early = figures("pm.us").attention();
        var closingDashboard = new Dashboard(reader, reportReader, assembler, trends, directory,
                Clock.fixed(current.endDate().minusDays(3).atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC));
        var late = signedIn.as("pm.us", () -> closingDashboard.figures(current.id(), scope).orElseThrow()).attention();

        assertThat(early.periodClosingSoon()).isFalse();
        assertThat(early.updates().rows()).extracting(DashboardFigures.UpdateAttention::partyCode,
                DashboardFigures.UpdateAttention::returned).containsExactly(tuple("US", true));
        assertThat(late.periodClosingSoon()).isTrue();
        assertThat(late.updates().rows()).extracting(DashboardFigures.UpdateAttention::partyCode,
                DashboardFigures.UpdateAttention::returned).containsExactly(tuple("US", true), tuple("MX", false));
        assertThat(late.updates().total()).isEqualTo(2);
    }

    @Test
    void aClosedPeriodShowsItsSnapshotAndTheParityOfItsUpdates() {
        stories.milestone(stories.onTime, MilestoneStatus.MISSED);

        DashboardFigures figures = signedIn.as("wayne", () -> dashboard.figures(previous.id(), scope).orElseThrow());

        assertThat(figures.live()).isFalse();
        assertThat(figures.asOf()).isEqualTo(previous.endDate().isBefore(TODAY) ? previous.endDate() : TODAY);
        assertThat(figures.milestones().getFirst().onTime().now()).isOne();
        assertThat(figures.initiatives().green().now()).isOne();
        assertThat(figures.parity()).extracting(DashboardFigures.Parity::partyCode, p -> p.neverSubmitted().now())
                .containsExactly(tuple("US", 1), tuple("MX", 1));
        assertThat(figures.uncovered().count().now()).isOne();
        assertThat(figures.trends()).extracting(PeriodTrend::code).contains(previous.code());
    }

    @Test
    void commitmentsWithoutAnInitiativeAreCountedWithTheirAgreement() {
        var uncovered = figures("poire").uncovered();

        assertThat(uncovered.count()).isEqualTo(Figure.of(1, 1));
        assertThat(uncovered.first()).singleElement().satisfies(commitment ->
                assertThat(commitment.agreementId()).isEqualTo(stories.agreementId()));
    }

    @Test
    void onlyReadersOfReportsReadTheDashboardAndAnUnknownPeriodIsRefused() {
        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> dashboard.figures(current.id(), scope)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> dashboard.figures(-1L, scope)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void theChartsAreTheReportsFourWithTitlesInTheViewersLanguage() {
        ReportCharts charts = signedIn.as("meade", () -> dashboard.charts(current.id(), scope, ReportLanguage.ES));

        assertThat(charts.all()).hasSize(4).allSatisfy(chart -> assertThat(chart.altText()).isNotBlank());
        assertThat(charts.health().title()).isEqualTo(new ReportWords(ReportLanguage.ES).get("report.chart.health"));
    }

    @Test
    void theChartsCountedInTheDatabaseShowWhatTheReportCountsMilestoneByMilestone() {
        stories.milestone(stories.onTime, MilestoneStatus.MISSED);
        var request = new ReportRequest(current.id(), null, null, scope, ReportLanguage.EN, ReportFormat.PDF, null);

        ReportCharts report = signedIn.as("napolitano", () -> reports.content(request)).charts();
        ReportCharts dashboards = signedIn.as("napolitano", () -> dashboard.charts(current.id(), scope, ReportLanguage.EN));

        assertThat(dashboards.burnUp().table()).isEqualTo(report.burnUp().table());
        assertThat(dashboards.burnUp().altText()).isEqualTo(report.burnUp().altText());
        assertThat(dashboards.slippage().table()).isEqualTo(report.slippage().table());
        assertThat(dashboards.slippage().table().rows()).extracting(row -> row.get(1))
                .containsExactly("2", "1", "1", "0", "0");
        assertThat(dashboards.health().table()).isEqualTo(report.health().table());
        ReportCharts withTheFigures = signedIn.as("napolitano", () -> dashboard.charts(figures("napolitano"),
                ReportLanguage.EN));
        assertThat(withTheFigures.burnUp().table()).isEqualTo(report.burnUp().table());
        assertThat(withTheFigures.slippage().table()).isEqualTo(report.slippage().table());
    }

    private DashboardFigures figures(String username) {
        return signedIn.as(username, () -> dashboard.figures(current.id(), scope).orElseThrow());
    }
}
