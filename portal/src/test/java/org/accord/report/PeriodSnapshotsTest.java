package org.accord.report;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.accord.testsupport.CountingDataSource.counting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.progress.PeriodView;
import org.accord.progress.ReportingPeriods;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@PortalTest
class PeriodSnapshotsTest {

    @Autowired
    ReportingPeriods periods;
    @Autowired
    PeriodTrends trends;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    MilestoneStories stories;
    long onTime;

    /** An on-time milestone, a slipped one, an overdue one, one done on time and a cancelled one. */
    @BeforeEach
    void initiativeWithMilestones() {
        signedIn = new SignedIn(userDetails);
        stories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
        onTime = stories.milestone("On time", OwnerSide.US, TODAY.plusDays(30), null);
        stories.milestone("Slipped", OwnerSide.MX, TODAY.plusDays(30), TODAY.plusDays(60));
        stories.milestone("Overdue", OwnerSide.JOINT, TODAY.minusDays(10), null);
        long done = stories.milestone("Done", OwnerSide.US, TODAY.minusDays(20), null);
        progress(done, MilestoneStatus.DONE, TODAY.minusDays(25));
        long cancelled = stories.milestone("Cancelled", OwnerSide.US, TODAY.plusDays(10), null);
        progress(cancelled, MilestoneStatus.CANCELLED, null);
    }

    @Test
    void closingAPeriodWritesOneSnapshotPerInitiativeWithItsStatusHealthAndMilestoneCounts() {
        PeriodView period = openFutureQuarter("Q2");
        long initiatives = count("select count(*) from initiative");

        close(period);

        assertThat(count("select count(*) from period_snapshot where period_id = ?", period.id())).isEqualTo(initiatives);
        assertThat(count("select count(distinct initiative_id) from period_snapshot where period_id = ?", period.id()))
                .isEqualTo(initiatives);
        assertThat(snapshot(period.id())).containsEntry("STATUS", "PROPOSED").containsEntry("HEALTH", "GREEN")
                .containsEntry("MILESTONES_TOTAL", 4).containsEntry("MILESTONES_DONE", 1)
                .containsEntry("MILESTONES_LATE", 2).containsEntry("MILESTONES_ON_TIME", 2);
    }

    @Test
    void laterChangesToMilestonesLeaveAClosedPeriodsSnapshotAsItWas() {
        PeriodView period = openFutureQuarter("Q3");
        close(period);
        Map<String, Object> before = snapshot(period.id());

        progress(onTime, MilestoneStatus.MISSED, null);
        stories.milestone("Added later", OwnerSide.US, TODAY.plusDays(5), null);

        assertThat(snapshot(period.id())).isEqualTo(before);
        assertThatThrownBy(() -> close(period)).isInstanceOf(RuntimeException.class);
        assertThat(snapshot(period.id())).isEqualTo(before);
    }

    @Test
    void writingASnapshotAgainReplacesItsRowsRatherThanAddingOnes() {
        PeriodView period = openFutureQuarter("Q1");
        close(period);
        long rows = count("select count(*) from period_snapshot where period_id = ?", period.id());

        new PeriodSnapshots(new NamedParameterJdbcTemplate(jdbc)).write(period.id(), TODAY, Instant.now());

        assertThat(count("select count(*) from period_snapshot where period_id = ?", period.id())).isEqualTo(rows);
    }

    @Test
    void theTrendsListTheClosedPeriodsInOrderWithHealthCountsAndOnTimeMilestones() {
        int year = 3000 + ThreadLocalRandom.current().nextInt(6000);
        PeriodView later = openQuarter(year + 1 + "-Q1");
        PeriodView earlier = openQuarter(year + "-Q4");
        close(earlier);
        progress(onTime, MilestoneStatus.MISSED, null);
        close(later);

        List<PeriodTrend> trend = signedIn.as("napolitano",
                () -> trends.of(ReportScope.agreement(stories.agreementId)));

        assertThat(trend).extracting(PeriodTrend::code).containsExactly(earlier.code(), later.code());
        assertThat(trend).extracting(PeriodTrend::green, PeriodTrend::amber, PeriodTrend::red, PeriodTrend::milestones,
                PeriodTrend::onTime).containsExactly(tuple(1, 0, 0, 4, 2), tuple(1, 0, 0, 4, 1));
        assertThat(trend.getFirst().onTimeRate()).isEqualTo(0.5);
        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> trends.of(ReportScope.all())))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void closingAPeriodCostsTheSameFewStatementsHoweverManyInitiativesThereAre() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        PeriodView first = openFutureQuarter("Q1");
        statistics.clear();
        close(first);
        long fewer = statistics.getPrepareStatementCount();

        var fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        signedIn.as("pm.us", () -> {
            long[] agreement = fixture.agreementWithTwoCommitments();
            for (int i = 0; i < 20; i++) {
                portfolio.save(fixture.initiative(agreement[1], "bersin", "lead.mx"));
            }
        });
        PeriodView second = openFutureQuarter("Q2");
        statistics.clear();
        close(second);

        assertThat(statistics.getPrepareStatementCount()).isEqualTo(fewer);
        AtomicInteger statements = new AtomicInteger();
        var counted = new PeriodSnapshots(new NamedParameterJdbcTemplate(counting(dataSource, statements)));
        int written = counted.write(second.id(), TODAY, Instant.now());
        assertThat(written).isEqualTo(count("select count(*) from initiative")).isGreaterThan(20);
        assertThat(statements).hasValue(6);
    }

    private void close(PeriodView period) {
        signedIn.as("pm.us", () -> periods.close(period.id(), period.version()));
    }

    private void progress(long milestoneId, MilestoneStatus status, java.time.LocalDate actual) {
        long version = stories.row(milestoneId).version();
        signedIn.as("bersin", () -> plan.recordProgress(milestoneId, version, status, null, actual, null));
    }

    /** A quarter of a year far ahead, so that its snapshot counts the milestones as of the closing day. */
    private PeriodView openFutureQuarter(String quarter) {
        for (int attempt = 0; ; attempt++) {
            try {
                return openQuarter((3000 + ThreadLocalRandom.current().nextInt(6000)) + "-" + quarter);
            } catch (InvalidInputException taken) {
                if (attempt > 5) {
                    throw taken;
                }
            }
        }
    }

    private PeriodView openQuarter(String code) {
        return signedIn.as("pm.us", () -> {
            long id = periods.openQuarter(code);
            return periods.all().stream().filter(period -> period.id() == id).findFirst().orElseThrow();
        });
    }

    private Map<String, Object> snapshot(long periodId) {
        return jdbc.queryForMap("""
                select status, health, milestones_total, milestones_done, milestones_late, milestones_on_time, taken_at
                from period_snapshot where period_id = ? and initiative_id = ?""", periodId, stories.initiativeId);
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }
}
