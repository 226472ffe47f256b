package org.accord.generator;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.accord.PortalTest;
import org.accord.agreement.AgreementFilter;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Prints how long the generator and one list page (page plus count) take on the 2,000-initiative portfolio,
 * for initiatives, agreements and milestones ("ms ..." rows).
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

    @Test
    void printsTheTimeOfTheGeneratorAndOfOnePageWithEachFilter() {
        GeneratedPortfolio generated = LargePortfolio.ensure(generator);
        var report = new StringBuilder("\nLarge portfolio benchmark (").append(LargePortfolio.SETTINGS).append(")\n");
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
        System.out.println(report.append('\n'));
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
