package org.accord.portal.browser;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.List;
import java.util.Set;

/** What the browser shows, measured: axe-core's findings and how far the page moved while it loaded. */
final class Accessibility {

    /** Every impact but "minor": critical and serious keep someone from using the page, moderate hinders them. */
    private static final Set<String> COUNTED = Set.of("critical", "serious", "moderate");

    private Accessibility() {
    }

    /** One line per critical, serious or moderate finding: where, which rule, and what axe says is wrong. */
    static List<String> findings(Browser browser) {
        String page = browser.currentPath();
        return new AxeBuilder().analyze(browser.driver()).getViolations().stream()
                .filter(rule -> COUNTED.contains(rule.getImpact()))
                .flatMap(rule -> rule.getNodes().stream().map(node -> page + " " + rule.getImpact() + " "
                        + rule.getId() + " at " + node.getTarget() + ": "
                        + node.getFailureSummary().replace('\n', ' ')))
                .toList();
    }

    /**
     * The sum of the layout shifts since the page loaded that no input caused: at least the page's cumulative
     * layout shift (which counts only the worst burst of them).
     */
    static double layoutShift(Browser browser) {
        Number shift = browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const shifts = [];
                const observer = new PerformanceObserver(list => shifts.push(...list.getEntries()));
                observer.observe({type: 'layout-shift', buffered: true});
                setTimeout(() => {
                  shifts.push(...observer.takeRecords());
                  observer.disconnect();
                  done(shifts.filter(shift => !shift.hadRecentInput).reduce((sum, shift) => sum + shift.value, 0));
                }, 200);
                """);
        return shift.doubleValue();
    }
}
