package org.accord.report;

import static org.accord.testsupport.CountingDataSource.counting;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.accord.people.Directory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;

/**
 * The dashboard's service built on a data source that counts every statement its SQL read models prepare, for the
 * statement-count tests (Hibernate's statistics do not see plain JDBC). The directory is the application's, so its
 * statements are Hibernate's to count.
 */
public final class CountedDashboard {

    public final Dashboard dashboard;
    private final AtomicInteger statements = new AtomicInteger();

    public CountedDashboard(DataSource dataSource, Directory directory, IssuedReports issuedReports,
                            ObjectProvider<Clock> clock) {
        var jdbc = new NamedParameterJdbcTemplate(counting(dataSource, statements));
        var reportReader = new ReportReader(jdbc);
        var assembler = new ReportAssembler(reportReader, new ReportChangesReader(reportReader, issuedReports), clock);
        dashboard = new Dashboard(new DashboardReader(jdbc), reportReader, assembler, new PeriodTrends(jdbc), directory,
                clock.getIfAvailable(Clock::systemUTC));
    }

    /** How many statements {@code work} prepared through the counting data source. */
    public int count(Runnable work) {
        statements.set(0);
        work.run();
        return statements.get();
    }
}
