package org.accord.report.chart;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/** One key milestone in the trend chart: its (translated) label, its baseline date and its forecast per period. */
public record TrendSeries(String label, LocalDate baseline, List<TrendPoint> points) {

    public TrendSeries {
        Objects.requireNonNull(label, "label");
        points = points.stream().sorted(Comparator.comparing(TrendPoint::reportDate)).toList();
    }
}
