package org.accord.generator;

import static org.accord.testsupport.CountingDataSource.counting;

import com.vaadin.flow.internal.CurrentInstance;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;
import javax.sql.DataSource;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Prints the server time and CPU of one program manager's navigations on the large portfolio (2,000 initiatives,
 * 40,000 milestones, 200,000 tasks): round after round initiatives, milestones, team tasks, an initiative's page (a
 * different one each round) and the dashboard, each visit as a browser makes it (the navigation's response, then
 * the grids' first page of rows), after 20 rounds to warm up. Per page: the median and 90th percentile of the wall
 * time and of the thread's CPU time (waiting for the database is not CPU), the JSON sent, and the statements per
 * visit (every statement on the application's data source, Hibernate's and plain JDBC's). Figures, not assertions;
 * not part of {@code verify}. On MariaDB: {@code SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/accord_bench ...
 * ./mvnw -pl portal -am verify -Dtest=NavigationCpuBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Target
 * (issue): under 10 ms of CPU per navigation between two lists.
 */
class NavigationCpuBenchmark extends PortalBrowserlessTest {

    static {
        // Measured as the production jar runs: dev mode keeps a stack trace of where each component was made and
        // attached (several KB each), and names each component's Java class to the browser for its dev tools (about
        // 100 bytes of JSON per component attached); production mode does neither.
        System.setProperty("vaadin.productionMode", "true");
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    private static final int WARM_UP = Integer.getInteger("warmup", 20);
    private static final int ROUNDS = Integer.getInteger("rounds", 50);
    private static final AtomicInteger STATEMENTS = new AtomicInteger();

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    JdbcTemplate jdbc;

    /** Every statement the portal prepares goes through the counting data source. */
    @TestConfiguration
    static class CountEveryStatement {

        @Bean
        static BeanPostProcessor countingDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && name.equals("dataSource")
                            ? counting(dataSource, STATEMENTS) : bean;
                }
            };
        }
    }

    /** A visit, in a flight recording: lets a profile's samples be attributed to the page they were taken on. */
    @jdk.jfr.Name("accord.Visit")
    static class VisitEvent extends jdk.jfr.Event {
        String page;
    }

    private record Visit(long wallMicros, long cpuMicros, int statements, int jsonBytes) {
    }

    @Test
    @WithUserDetails("pm.us")
    void printsTheServerTimeAndCpuOfEachNavigation() {
        generator.generate(LargePortfolio.FULL_SIZE, LargePortfolio.PASSWORD, LargePortfolio.TASKS_AS_OF);
        List<Long> initiatives = jdbc.queryForList(
                "select id from initiative where code like 'GEN-%' order by id limit 100", Long.class);
        Map<Class<?>, CurrentInstance> theTestsUi = CurrentInstance.getInstances();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OpenUi ui = OpenUi.open();
        Map<String, List<Visit>> visits = new LinkedHashMap<>();
        for (int round = 0; round < WARM_UP + ROUNDS; round++) {
            Map<String, String> pages = new LinkedHashMap<>();
            pages.put("initiatives", "initiatives");
            pages.put("milestones", "milestones");
            pages.put("team tasks", "tasks");
            pages.put("an initiative's page", "initiatives/" + initiatives.get(round % initiatives.size()));
            pages.put("dashboard", "dashboard");
            for (Map.Entry<String, String> page : pages.entrySet()) {
                STATEMENTS.set(0);
                var event = new VisitEvent();
                event.page = page.getKey();
                event.begin();
                long cpu = threads.getCurrentThreadCpuTime();
                long wall = System.nanoTime();
                int json = ui.navigate(page.getValue());
                event.commit();
                var visit = new Visit((System.nanoTime() - wall) / 1_000,
                        (threads.getCurrentThreadCpuTime() - cpu) / 1_000, STATEMENTS.get(), json);
                if (round >= WARM_UP) {
                    visits.computeIfAbsent(page.getKey(), key -> new ArrayList<>()).add(visit);
                }
            }
        }
        ui.close();
        CurrentInstance.restoreInstances(theTestsUi);

        System.out.printf("%nNavigations of pm.us, %d rounds after %d to warm up (wall and CPU of the server thread):%n",
                ROUNDS, WARM_UP);
        System.out.printf("%-22s %12s %12s %12s %12s %11s %10s%n", "to", "wall median", "wall p90", "CPU median",
                "CPU p90", "statements", "JSON KB");
        visits.forEach((page, all) -> System.out.printf("%-22s %9.1f ms %9.1f ms %9.1f ms %9.1f ms %11s %10.1f%n",
                page, median(all, Visit::wallMicros), p90(all, Visit::wallMicros), median(all, Visit::cpuMicros),
                p90(all, Visit::cpuMicros), statements(all), all.getLast().jsonBytes() / 1024.0));
    }

    private static double median(List<Visit> visits, ToLongFunction<Visit> figure) {
        return percentile(visits, figure, 50);
    }

    private static double p90(List<Visit> visits, ToLongFunction<Visit> figure) {
        return percentile(visits, figure, 90);
    }

    private static double percentile(List<Visit> visits, ToLongFunction<Visit> figure, int p) {
        long[] sorted = visits.stream().mapToLong(figure).sorted().toArray();
        return sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1000.0;
    }

    /** "12", or "12-14" when the visits differ. */
    private static String statements(List<Visit> visits) {
        int least = visits.stream().mapToInt(Visit::statements).min().orElse(0);
        int most = visits.stream().mapToInt(Visit::statements).max().orElse(0);
        return least == most ? String.valueOf(least) : least + "-" + most;
    }
}
