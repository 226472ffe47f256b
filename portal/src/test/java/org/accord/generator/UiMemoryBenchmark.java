package org.accord.generator;

import com.vaadin.flow.internal.CurrentInstance;
import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.nio.file.Path;
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
 * program managers' UIs, each in a session of its own, walk the initiatives, milestones and team-task lists (two
 * pages of each, as a browser scrolls), an initiative's page and the notifications, then stay on one page. Per
 * page, the heap used after full collections with N/2 such UIs open and with N (default 10, {@code -Duis=N}): the
 * difference per UI is what one more UI holds, while what the application shares and fills once (Hibernate's
 * statistics and plans, Vaadin's caches) stays in the first half. With it the state nodes per UI, the classes that
 * grew most and the components the nodes belong to. One UI walks everything first. Figures, not assertions; not
 * part of {@code verify}. On MariaDB: {@code SPRING_DATASOURCE_URL=jdbc:mysql://127.0.0.1:3306/accord_bench ...
 * ./mvnw -pl portal -am verify -Dtest=UiMemoryBenchmark -Dsurefire.failIfNoSpecifiedTests=false}. Target (issue):
 * under 250 KB per UI.
 */
class UiMemoryBenchmark extends PortalBrowserlessTest {

    static {
        // Measured as the production jar runs: dev mode keeps a stack trace of where each component was made and
        // attached (several KB each), and names each component's Java class to the browser for its dev tools (about
        // 100 bytes of JSON per component attached); production mode does neither.
        System.setProperty("vaadin.productionMode", "true");
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
        pages.put("notifications (the shell, nearly)", "notifications");

        Map<Class<?>, CurrentInstance> theTestsUi = CurrentInstance.getInstances();
        OpenUi warmUp = OpenUi.open();
        for (int round = 0; round < 3; round++) {
            pages.values().forEach(location -> walk(warmUp, location));
        }
        warmUp.close();

        System.out.printf("%nProgram managers' UIs (pm.us), each walking the lists, then all on one page; per UI, the"
                + " heap that %d more UIs hold over the first %d (what is shared grows once, with the first)%n",
                UIS - UIS / 2, UIS / 2);
        pages.forEach((page, location) -> {
            List<OpenUi> uis = new ArrayList<>();
            long before = usedHeap();
            open(uis, UIS / 2, pages, location);
            // A histogram is itself a few MB of strings and maps: kept in a file while the heap is measured.
            Path histogramFirst = HeapHistogram.now().saved();
            long first = usedHeap();
            open(uis, UIS - UIS / 2, pages, location);
            long all = usedHeap();
            HeapHistogram histogramAll = HeapHistogram.now();
            int more = UIS - UIS / 2;
            System.out.printf("%nOn %s: %.0f KB per UI (live objects %.0f KB; the first %d: %.0f KB each),"
                    + " %.0f state nodes per UI; grown most, per UI:%n%s", page, (all - first) / 1024.0 / more,
                    (histogramAll.bytes() - HeapHistogram.load(histogramFirst).bytes()) / 1024.0 / more, UIS / 2,
                    (first - before) / 1024.0 / (UIS / 2), uis.stream().mapToInt(OpenUi::stateNodes).average().orElse(0),
                    histogramAll.growthFrom(HeapHistogram.load(histogramFirst), more, HISTOGRAM_LINES));
            System.out.printf("  State nodes of one UI by component (10 or more): %s%n", uis.getFirst()
                    .stateNodesByComponent().entrySet().stream().filter(entry -> entry.getValue() >= 10)
                    .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                    .map(entry -> entry.getKey() + " " + entry.getValue()).toList());
            Reference.reachabilityFence(uis);
            uis.forEach(OpenUi::close);
        });
        CurrentInstance.restoreInstances(theTestsUi);
    }

    /** Opens {@code count} more UIs, each walking every page, then showing {@code location}. */
    private static void open(List<OpenUi> uis, int count, Map<String, String> pages, String location) {
        for (int i = 0; i < count; i++) {
            OpenUi ui = OpenUi.open();
            pages.values().forEach(each -> walk(ui, each));
            walk(ui, location);
            uis.add(ui);
        }
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
