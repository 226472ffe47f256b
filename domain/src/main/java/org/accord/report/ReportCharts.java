package org.accord.report;

import java.util.List;
import org.accord.report.chart.Chart;

/** The report's four charts, drawn once from the report's data and used on screen, in the PDF and on the dashboard. */
public record ReportCharts(Chart health, Chart burnUp, Chart slippage, Chart trend) {

    public List<Chart> all() {
        return List.of(health, burnUp, slippage, trend);
    }
}
