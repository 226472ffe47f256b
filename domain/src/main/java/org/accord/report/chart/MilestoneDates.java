package org.accord.report.chart;

/** One milestone's baseline, expected (forecast) and actual dates; any may be null (not set, not done). */
public record MilestoneDates(java.time.LocalDate baseline, java.time.LocalDate forecast,
                             java.time.LocalDate actual) {
}
