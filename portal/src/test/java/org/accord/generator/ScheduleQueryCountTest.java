package org.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.PortalTest;
import org.accord.milestone.MilestoneFilter;
import org.accord.milestone.MilestonePlan;
import org.accord.progress.ProgressUpdates;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** DESIGN.md §8 for milestones and progress updates: a page costs a few statements, however large the page. */
@PortalTest
@WithUserDetails("pm.us")
class ScheduleQueryCountTest {

    /**
     * The page's milestone ids, those milestones with their initiatives, and the count: 3; the agreement filter reads
     * its commitments for the page and for the count.
     */
    static final int MAX_STATEMENTS_PER_MILESTONES_PAGE = 5;
    /** The agreement's commitments, the milestone ids, the milestones with their initiatives. */
    static final int MAX_STATEMENTS_PER_TIMELINE = 3;
    /** The page of initiatives (as on the initiatives list), their updates in the period, the parties, the count. */
    static final int MAX_STATEMENTS_PER_UPDATES_PAGE = 10;
    /** As many rows as the milestones view draws on its timeline. */
    static final int TIMELINE_ROWS = 200;

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    MilestonePlan plan;
    @Autowired
    ProgressUpdates progress;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    UserDetailsService userDetails;

    StatementCounter statements;

    @BeforeEach
    void largePortfolio() {
        LargePortfolio.ensure(generator);
        statements = new StatementCounter(entityManagerFactory);
    }

    @Test
    void onePageOfMilestonesWithItsCountTakesTheSameFewStatementsForEveryPageSizeAndFilter() {
        Map<String, MilestoneFilter> filters = LargePortfolio.milestoneFilters(jdbc);

        Map<String, Map<Integer, Long>> counts = new LinkedHashMap<>();
        filters.forEach((name, filter) -> counts.put(name, bySize(pageable -> {
            plan.page(filter, pageable);
            plan.count(filter);
        })));

        System.out.println("Statements per page of milestones and its count, by filter and page size: " + counts);
        assertThat(plan.count(filters.get("slipped"))).isPositive();
        assertThat(plan.count(filters.get("agreement"))).isPositive();
        assertThat(plan.count(filters.get("commitment"))).isPositive();
        assertThat(counts).allSatisfy((name, bySize) -> assertThat(bySize.values())
                .as("statements for filter '%s' by page size %s", name, bySize)
                .allMatch(used -> used <= MAX_STATEMENTS_PER_MILESTONES_PAGE)
                .containsOnly(bySize.get(10)));
    }

    @Test
    void theTimelineOfOneAgreementTakesAFewStatements() {
        long agreement = LargePortfolio.id(jdbc, "agreement", "code", "GEN-A001");
        var filter = new MilestoneFilter(null, false, false, null, agreement, null);

        long used = statements.count(() -> assertThat(
                plan.page(filter, PageRequest.of(0, TIMELINE_ROWS, Sort.by("baselineDate")))).hasSize(TIMELINE_ROWS));

        System.out.println("Statements for the timeline of one agreement: " + used);
        assertThat(used).isLessThanOrEqualTo(MAX_STATEMENTS_PER_TIMELINE);
    }

    @Test
    void onePageOfThePeriodOverviewTakesTheSameFewStatementsForEveryPageSize() {
        for (String code : new String[] {"2013-Q4", "2014-Q1"}) {
            long period = LargePortfolio.id(jdbc, "reporting_period", "code", code);
            Map<Integer, Long> bySize = bySize(pageable -> {
                assertThat(progress.overview(period, pageable)).hasSize(pageable.getPageSize());
                progress.countOverview();
            });
            System.out.println("Statements per page of the " + code + " overview by page size: " + bySize);
            assertThat(bySize.values()).allMatch(used -> used <= MAX_STATEMENTS_PER_UPDATES_PAGE)
                    .containsOnly(bySize.get(10));
        }
    }

    @Test
    void onePageOfALeadsUpdatesTakesTheSameFewStatementsForEveryPageSize() {
        long period = LargePortfolio.id(jdbc, "reporting_period", "code", "2014-Q1");
        String lead = jdbc.queryForObject("""
                select min(u.username) from user_account u join oversight_assignment a on a.lead_id = u.id
                join initiative i on i.id = a.initiative_id
                where u.username like 'gen.us.%' and a.ended_at is null and i.status = 'ACTIVE'""", String.class);

        Map<Integer, Long> bySize = new SignedIn(userDetails).as(lead, () -> bySize(pageable -> {
            assertThat(progress.toWrite(period, pageable)).isNotEmpty();
            progress.countToWrite();
        }));

        System.out.println("Statements per page of " + lead + "'s updates by page size: " + bySize);
        assertThat(bySize.values()).allMatch(used -> used <= MAX_STATEMENTS_PER_UPDATES_PAGE)
                .containsOnly(bySize.get(10));
    }

    private Map<Integer, Long> bySize(java.util.function.Consumer<Pageable> work) {
        Map<Integer, Long> bySize = new LinkedHashMap<>();
        for (int size : LargePortfolioQueryCountTest.PAGE_SIZES) {
            bySize.put(size, statements.count(() -> work.accept(PageRequest.of(0, size))));
        }
        return bySize;
    }
}
