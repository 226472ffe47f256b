package org.accord.generator;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.accord.PortalTest;
import org.accord.people.Directory;
import org.accord.report.CountedDashboard;
import org.accord.report.Dashboard;
import org.accord.report.DashboardFigures;
import org.accord.report.DashboardPeriod;
import org.accord.report.IssuedReports;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportScope;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Prints the server time of the whole dashboard (its figures, the report's four charts and the two trend charts)
 * on the large portfolio (2,000 initiatives, 40,000 milestones, 200,000 tasks), warm: the median and the slowest
 * of 30 runs after 10 to warm up, for all agreements and for one, with the statements each took. Figures, not
 * assertions; not part of {@code verify}. On MariaDB:
 * {@code SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/accord_bench ... ./mvnw -pl portal -am test
 * -Dtest=DashboardBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Target (issue 11): under 150 ms.
 */
@PortalTest
class DashboardBenchmark {

    private static final int WARM_UP = 10;
    private static final int RUNS = 30;

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    Dashboard dashboard;
    @Autowired
    DataSource dataSource;
    @Autowired
    Directory directory;
    @Autowired
    IssuedReports issuedReports;
    @Autowired
    ObjectProvider<Clock> clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EntityManagerFactory entityManagerFactory;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void printsTheDashboardsServerTimeOnTheLargePortfolio() {
        long started = System.nanoTime();
        generator.generate(LargePortfolio.FULL_SIZE, LargePortfolio.PASSWORD, LargePortfolio.TASKS_AS_OF);
        System.out.printf("%nPortfolio ready in %d ms: %d initiatives, %d milestones, %d tasks, %d periods%n",
                (System.nanoTime() - started) / 1_000_000, count("initiative"), count("milestone"), count("task"),
                count("reporting_period"));
        var signedIn = new SignedIn(userDetails);
        var counted = new CountedDashboard(dataSource, directory, issuedReports, clock);
        var hibernate = new StatementCounter(entityManagerFactory);
        long agreement = LargePortfolio.id(jdbc, "agreement", "code", "GEN-A001");
        List<DashboardPeriod> periods = signedIn.as("pm.us", () -> dashboard.periods());
        DashboardPeriod open = signedIn.as("pm.us", () -> dashboard.defaultPeriod(periods)).orElseThrow();
        DashboardPeriod closed = periods.stream().filter(p -> !p.open() && p.snapshot()).findFirst().orElse(open);
        for (DashboardPeriod period : List.of(open, closed)) {
            for (ReportScope scope : List.of(ReportScope.all(), ReportScope.agreement(agreement))) {
                signedIn.as("napolitano", () -> {
                    for (int i = 0; i < WARM_UP; i++) {
                        whole(dashboard, period, scope);
                    }
                    List<Long> times = new ArrayList<>();
                    for (int i = 0; i < RUNS; i++) {
                        long start = System.nanoTime();
                        whole(dashboard, period, scope);
                        times.add((System.nanoTime() - start) / 1_000);
                    }
                    times.sort(null);
                    long[] orm = new long[1];
                    int sql = counted.count(() -> orm[0] = hibernate.count(() -> whole(counted.dashboard, period, scope)));
                    System.out.printf("Dashboard %s (%s) %s: median %.1f ms, slowest %.1f ms, %d statements%n",
                            period.code(), period.open() ? "open" : "closed", scope.kind(), times.get(RUNS / 2) / 1000.0,
                            times.getLast() / 1000.0, sql + orm[0]);
                });
            }
        }
    }

    private static void whole(Dashboard dashboard, DashboardPeriod period, ReportScope scope) {
        DashboardFigures figures = dashboard.figures(period.id(), scope).orElseThrow();
        dashboard.charts(figures, ReportLanguage.EN);
        dashboard.trendCharts(figures.trends(), ReportLanguage.EN);
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
