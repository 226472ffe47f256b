package org.accord.report.chart;

import java.util.List;

/** A chart's numbers as a table, for "show as table": the column headings and one row per bar, point or series. */
public record ChartTable(List<String> headers, List<List<String>> rows) {

    public ChartTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }

    static ChartTable none() {
        return new ChartTable(List.of(), List.of());
    }
}
