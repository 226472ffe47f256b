package org.accord.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.accord.PortalTest;
import org.accord.agreement.AgreementFilter;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.task.TaskFilter;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Prints how long the generator and one list page (page plus count) take on the 2,000-initiative portfolio,
 * for initiatives, agreements, milestones ("ms ..." rows) and, with 200,000 tasks, a busy liaison's My tasks and
 * the team view ("task ..." rows). On a fresh test database it generates the full size ({@link
 * LargePortfolio#FULL_SIZE}); run alone, or it finds the smaller portfolio the other tests generate.
 * Figures, not assertions: not part of {@code verify}; run it with {@code -Dtest=LargePortfolioBenchmark}.
 */
@PortalTest
@WithUserDetails("pm.us")
class LargePortfolioBenchmark {

    static final int WARM_UP = 20;
    static final int RUNS = 15;
    static final List<Integer> PAGE_SIZES = List.of(50, 200);

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    MilestonePlan milestones;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Tasks tasks;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void printsTheTimeOfTheGeneratorAndOfOnePageWithEachFilter() {
        GeneratedPortfolio generated = generator.generate(LargePortfolio.FULL_SIZE, LargePortfolio.PASSWORD);
        var report = new StringBuilder("\nLarge portfolio benchmark (").append(LargePortfolio.FULL_SIZE).append(")\n");
        report.append(generated.wroteAnything() ? "generator: " + generated.describe()
                : "generator: the portfolio was there already (checked in %d ms); time it on a fresh database"
                        .formatted(generated.took().toMillis())).append('\n');
        report.append(String.format(Locale.ROOT, "%-13s %8s", "filter", "matches"));
        PAGE_SIZES.forEach(size -> report.append(String.format(Locale.ROOT, "  %19s", "page " + size + " min/median")));
        report.append('\n');
        LargePortfolio.filters(jdbc).forEach((name, filter) -> {
            report.append(String.format(Locale.ROOT, "%-13s %8d", name, portfolio.count(filter)));
            for (int size : PAGE_SIZES) {
                report.append(timings(() -> {
                    portfolio.page(filter, PageRequest.of(0, size));
                    portfolio.count(filter);
                }));
            }
            report.append('\n');
        });
        report.append(String.format(Locale.ROOT, "%-13s %8d", "agreements", agreements.count(AgreementFilter.all())));
        for (int size : PAGE_SIZES) {
            report.append(timings(() -> {
                agreements.page(AgreementFilter.all(), PageRequest.of(0, size));
                agreements.count(AgreementFilter.all());
            }));
        }
        report.append('\n');
        LargePortfolio.milestoneFilters(jdbc).forEach((name, filter) -> {
            report.append(String.format(Locale.ROOT, "%-13s %8d", "ms " + name, milestones.count(filter)));
            for (int size : PAGE_SIZES) {
                report.append(timings(() -> {
                    milestones.page(filter, PageRequest.of(0, size));
                    milestones.count(filter);
                }));
            }
            report.append('\n');
        });
        taskTimings(report);
        System.out.println(report.append('\n'));
    }

    /** My tasks (open and closed, with the side-navigation counts) of the busiest liaison, and the team view. */
    private void taskTimings(StringBuilder report) {
        var signedIn = new SignedIn(userDetails);
        String liaison = jdbc.queryForObject("""
                select u.username from user_account u join task t on t.assignee_id = u.id
                where u.username like 'gen.liaison.%' and t.status in ('OPEN', 'IN_PROGRESS', 'BLOCKED')
                group by u.username order by count(*) desc, u.username limit 1""", String.class);
        report.append("tasks in the database: ").append(jdbc.queryForObject("select count(*) from task", Long.class))
                .append("; busiest liaison ").append(liaison).append('\n');
        for (boolean closed : new boolean[] {false, true}) {
            signedIn.as(liaison, () -> {
                report.append(String.format(Locale.ROOT, "%-13s %8d", "task mine " + (closed ? "closed" : "open"),
                        tasks.countMine(closed)));
                for (int size : PAGE_SIZES) {
                    report.append(timings(() -> {
                        tasks.mine(closed, PageRequest.of(0, size));
                        tasks.countMine(closed);
                        tasks.myCounts();
                    }));
                }
                report.append('\n');
            });
        }
        Map<String, TaskFilter> filters = new LinkedHashMap<>();
        filters.put("none", TaskFilter.none());
        filters.put("open", new TaskFilter(null, null, null, null, null, true, false));
        filters.put("overdue", new TaskFilter(null, null, null, null, null, false, true));
        filters.put("party", new TaskFilter(null, "MX", null, null, null, false, false));
        filters.put("agency", new TaskFilter(null, null, "CBP", null, null, true, false));
        filters.put("status", new TaskFilter(null, null, null, null, TaskStatus.BLOCKED, false, false));
        filters.forEach((name, filter) -> {
            report.append(String.format(Locale.ROOT, "%-13s %8d", "task team " + name, tasks.countTeam(filter)));
            for (int size : PAGE_SIZES) {
                report.append(timings(() -> {
                    tasks.team(filter, PageRequest.of(0, size));
                    tasks.countTeam(filter);
                }));
            }
            report.append('\n');
        });
    }

    private static String timings(Runnable work) {
        for (int i = 0; i < WARM_UP; i++) {
            work.run();
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < RUNS; i++) {
            long started = System.nanoTime();
            work.run();
            millis.add((System.nanoTime() - started) / 1e6);
        }
        Collections.sort(millis);
        return String.format(Locale.ROOT, "  %7.1f / %7.1f ms", millis.getFirst(), millis.get(RUNS / 2));
    }
}
