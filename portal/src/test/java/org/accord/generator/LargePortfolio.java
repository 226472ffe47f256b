package org.accord.generator;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeFilter;
import org.accord.initiative.InitiativeStatus;
import org.accord.milestone.MilestoneFilter;
import org.accord.milestone.OwnerSide;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The 2,000-initiative portfolio the scale tests share: generated once per test database, then reused. Its 20,000
 * tasks go to 20 liaisons (about 1,000 each, 200 open) so that a liaison's pages fill at every page size, while
 * the shared test database stays small; {@link #FULL_SIZE} is the default 200,000 tasks for 600 liaisons.
 */
final class LargePortfolio {

    static final GeneratorSettings SETTINGS = new GeneratorSettings(50, 2000, 200, 20, 8, 2012, 10, 10);
    static final GeneratorSettings FULL_SIZE = new GeneratorSettings(50, 2000, 200, 20, 8, 2012, 300, 100);
    static final String PASSWORD = "accord-demo-2012";

    private LargePortfolio() {
    }

    /**
     * The day the shared portfolio's tasks are dated from: 100 days ahead, so that its open tasks are due from 55 to
     * 190 days from now, never within the reminder or overdue windows of the notification tests that share the
     * database (realistic dates around today are what {@code accord.generate.portfolio} writes).
     */
    static final LocalDate TASKS_AS_OF = LocalDate.now(ZoneOffset.UTC).plusDays(100);

    static GeneratedPortfolio ensure(PortfolioGenerator generator) {
        return generator.generate(SETTINGS, PASSWORD, TASKS_AS_OF);
    }

    /** Every filter of the initiatives list, with values that match part of the generated portfolio. */
    static Map<String, InitiativeFilter> filters(JdbcTemplate jdbc) {
        long agreement = id(jdbc, "agreement", "code", "GEN-A001");
        long commitment = jdbc.queryForObject("select min(id) from commitment where agreement_id = ?", Long.class,
                agreement);
        long cbp = id(jdbc, "agency", "code", "CBP");
        long lead = id(jdbc, "user_account", "username", "gen.us.0001");
        Map<String, InitiativeFilter> filters = new LinkedHashMap<>();
        filters.put("none", InitiativeFilter.all());
        filters.put("text", new InitiativeFilter("cargo", null, null, null, null, null, null, null));
        filters.put("agreement", new InitiativeFilter(null, agreement, null, null, null, null, null, null));
        filters.put("commitment", new InitiativeFilter(null, null, commitment, null, null, null, null, null));
        filters.put("status", new InitiativeFilter(null, null, null, InitiativeStatus.ACTIVE, null, null, null, null));
        filters.put("health", new InitiativeFilter(null, null, null, null, Health.AMBER, null, null, null));
        filters.put("lead agency", new InitiativeFilter(null, null, null, null, null, cbp, null, null));
        filters.put("lead", new InitiativeFilter(null, null, null, null, null, null, lead, null));
        filters.put("combined", new InitiativeFilter("gen", agreement, null, InitiativeStatus.ACTIVE, null, cbp, null,
                "US"));
        return filters;
    }

    /** Every filter of the milestones list; "due" ones count from today, so they miss the 2012-2014 schedule. */
    static Map<String, MilestoneFilter> milestoneFilters(JdbcTemplate jdbc) {
        long agreement = id(jdbc, "agreement", "code", "GEN-A001");
        Map<String, MilestoneFilter> filters = new LinkedHashMap<>();
        filters.put("none", MilestoneFilter.all());
        for (int days : new int[] {30, 60, 90}) {
            filters.put("due " + days, new MilestoneFilter(days, false, false, null, null, null));
        }
        filters.put("overdue", new MilestoneFilter(null, true, false, null, null, null));
        filters.put("slipped", new MilestoneFilter(null, false, true, null, null, null));
        filters.put("side", new MilestoneFilter(null, false, false, OwnerSide.MX, null, null));
        filters.put("agreement", new MilestoneFilter(null, false, false, null, agreement, null));
        long commitment = firstCommitment(jdbc, agreement);
        filters.put("commitment", new MilestoneFilter(null, false, false, null, null, null, commitment));
        filters.put("agreement and commitment", new MilestoneFilter(null, false, false, null, agreement, null,
                commitment));
        return filters;
    }

    static long firstCommitment(JdbcTemplate jdbc, long agreement) {
        return jdbc.queryForObject("select min(id) from commitment where agreement_id = ?", Long.class, agreement);
    }

    static long id(JdbcTemplate jdbc, String table, String column, String value) {
        return jdbc.queryForObject("select id from " + table + " where " + column + " = ?", Long.class, value);
    }
}
