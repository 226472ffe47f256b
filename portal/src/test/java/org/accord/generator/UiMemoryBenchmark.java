package org.accord.generator;

import com.vaadin.flow.internal.CurrentInstance;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Prints the heap each open UI retains on the large portfolio (2,000 initiatives, 40,000 milestones, 200,000 tasks):
 * N program managers' UIs (default 10, {@code -Duis=N}), each in a session of its own, walk the initiatives,
 * milestones and team-task lists (two pages of each, as a browser scrolls) and stay open; then, with all of them on
 * the same page, the heap used after full collections against the heap before they opened, per UI, with the state
 * nodes per UI and the classes that grew most. One UI walks everything first, so that what the application shares
 * (classes, Hibernate's query plans, Vaadin's caches) is there before the baseline. Figures, not assertions; not part
 * of {@code verify}. On MariaDB: {@code SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/accord_bench ...
 * ./mvnw -pl portal -am verify -Dtest=UiMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Target (issue):
 * under 250 KB per UI.
 */
class UiMemoryBenchmark extends PortalBrowserlessTest {

    static {
        // Dev mode keeps a stack trace of where each component was made and attached (several KB each); production
        // mode keeps none, so neither does the benchmark.
        System.setProperty("vaadin.devmode.componentTracker.enabled", "false");
    }

    private static final int UIS = Integer.getInteger("uis", 10);
    private static final int HISTOGRAM_LINES = Integer.getInteger("histogram.lines", 25);

    @Autowired
    PortfolioGenerator generator;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @WithUserDetails("pm.us")
    void printsTheHeapEachOpenUiRetains() {
        generator.generate(LargePortfolio.FULL_SIZE, LargePortfolio.PASSWORD, LargePortfolio.TASKS_AS_OF);
        long initiative = LargePortfolio.id(jdbc, "initiative", "code", "GEN-I00001");
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("initiatives", "initiatives");
        pages.put("milestones", "milestones");
        pages.put("team tasks", "tasks");
        pages.put("an initiative's page", "initiatives/" + initiative);

        Map<Class<?>, CurrentInstance> theTestsUi = CurrentInstance.getInstances();
        OpenUi warmUp = OpenUi.open();
        for (int round = 0; round < 3; round++) {
            pages.values().forEach(location -> walk(warmUp, location));
        }
        warmUp.close();

        long before = usedHeap();
        HeapHistogram histogramBefore = HeapHistogram.now();
        List<OpenUi> uis = new ArrayList<>();
        for (int i = 0; i < UIS; i++) {
            OpenUi ui = OpenUi.open();
            pages.values().forEach(location -> walk(ui, location));
            uis.add(ui);
        }
        System.out.printf("%n%d program managers' UIs open (pm.us), heap used before them %.1f MB%n", UIS,
                before / 1024.0 / 1024);
        pages.forEach((page, location) -> {
            uis.forEach(ui -> walk(ui, location));
            long used = usedHeap();
            HeapHistogram histogram = HeapHistogram.now();
            double nodes = uis.stream().mapToInt(OpenUi::stateNodes).average().orElse(0);
            System.out.printf("%nOn %s: %.0f KB retained per UI, %.0f state nodes per UI; grown most, per UI:%n%s",
                    page, (used - before) / 1024.0 / UIS, nodes, histogram.growthFrom(histogramBefore, UIS,
                            HISTOGRAM_LINES));
        });
        Reference.reachabilityFence(uis);
        uis.forEach(OpenUi::close);
        CurrentInstance.restoreInstances(theTestsUi);
    }

    /** A visit as a user makes it: the page, its grids' first page, a scroll to the second, the browser's ack. */
    private static void walk(OpenUi ui, String location) {
        ui.navigate(location);
        ui.fetchPage(1);
        ui.acknowledge();
    }

    /** The heap in use once collections no longer free anything more. */
    private static long usedHeap() {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
