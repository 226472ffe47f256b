package org.accord.report.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Maps dates between {@code start} and {@code end} onto a stretch of the drawing. */
record TimeScale(LocalDate start, LocalDate end, double from, double to) {

    TimeScale {
        if (!end.isAfter(start)) {
            end = start.plusDays(1);
        }
    }

    double at(LocalDate date) {
        double days = ChronoUnit.DAYS.between(start, end);
        return from + (to - from) * ChronoUnit.DAYS.between(start, date) / days;
    }

    /** Month boundaries around the dates: the first of the first month to the first of the month after the last. */
    static TimeScale around(LocalDate min, LocalDate max, double from, double to) {
        return new TimeScale(min.withDayOfMonth(1), max.withDayOfMonth(1).plusMonths(1), from, to);
    }
}
