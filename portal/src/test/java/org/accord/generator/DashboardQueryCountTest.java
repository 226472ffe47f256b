package org.accord.generator;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.List;
import javax.sql.DataSource;
import org.accord.PortalTest;
import org.accord.people.Directory;
import org.accord.report.CountedDashboard;
import org.accord.report.DashboardFigures;
import org.accord.report.DashboardPeriod;
import org.accord.report.IssuedReports;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportScope;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * DESIGN.md §8 and issue 11 for the dashboard: the whole dashboard (figures, the report's charts and the trend
 * charts) on the large portfolio costs a bounded number of statements, for all agreements or one, for an open
 * period or a closed one.
 */
@PortalTest
class DashboardQueryCountTest {

    /** Periods, 11 figure statements, 3 attention lists, trends; the charts' 4 to 7; who I am and the party codes. */
    static final int MAX_STATEMENTS = 30;

    @Autowired
    PortfolioGenerator generator;
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

    CountedDashboard counted;
    StatementCounter hibernate;
    SignedIn signedIn;

    @BeforeEach
    void largePortfolio() {
        LargePortfolio.ensure(generator);
        counted = new CountedDashboard(dataSource, directory, issuedReports, clock);
        hibernate = new StatementCounter(entityManagerFactory);
        signedIn = new SignedIn(userDetails);
    }

    @Test
    void theWholeDashboardTakesAFewStatementsForAllAgreementsForOneAndForAClosedPeriod() {
        long agreement = LargePortfolio.id(jdbc, "agreement", "code", "GEN-A001");
        List<DashboardPeriod> periods = signedIn.as("pm.us", () -> counted.dashboard.periods());
        DashboardPeriod closed = periods.stream().filter(p -> !p.open() && p.snapshot()).findFirst().orElseThrow();
        DashboardPeriod open = periods.stream().filter(DashboardPeriod::open).findFirst().orElse(closed);

        int all = statements(open, ReportScope.all());
        int one = statements(open, ReportScope.agreement(agreement));
        int past = statements(closed, ReportScope.all());

        System.out.printf("Dashboard statements: all agreements %d, one agreement %d, closed period %d%n", all, one, past);
        assertThat(List.of(all, one, past)).allSatisfy(count -> assertThat(count).isLessThanOrEqualTo(MAX_STATEMENTS));
    }

    private int statements(DashboardPeriod period, ReportScope scope) {
        return signedIn.as("napolitano", () -> {
            long[] orm = new long[1];
            int sql = counted.count(() -> orm[0] = hibernate.count(() -> {
                DashboardFigures figures = counted.dashboard.figures(period.id(), scope).orElseThrow();
                counted.dashboard.charts(figures, ReportLanguage.EN);
                counted.dashboard.trendCharts(figures.trends(), ReportLanguage.EN);
            }));
            return (int) (sql + orm[0]);
        });
    }
}
