package org.accord.report.chart;

import java.time.LocalDate;
import java.util.Objects;

/** How many milestones were due by {@code date} on the baseline and on the forecast, and how many were done. */
public record BurnUpPoint(LocalDate date, int baseline, int forecast, int actual) {

    public BurnUpPoint {
        Objects.requireNonNull(date, "date");
        if (baseline < 0 || forecast < 0 || actual < 0) {
            throw new IllegalArgumentException("Counts are not negative on " + date);
        }
    }
}
