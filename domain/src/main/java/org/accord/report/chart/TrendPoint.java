package org.accord.report.chart;

import java.time.LocalDate;
import java.util.Objects;

/** A milestone's forecast date as reported at the end of one reporting period. */
public record TrendPoint(LocalDate reportDate, LocalDate forecast) {

    public TrendPoint {
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(forecast, "forecast");
    }
}
