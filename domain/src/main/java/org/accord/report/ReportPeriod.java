package org.accord.report;

import java.time.LocalDate;

/** The dates a report covers: a reporting period (with its code) or a plain date range (no id, no code). */
public record ReportPeriod(Long id, String code, LocalDate start, LocalDate end) {

    /** The quarter after this one, for "due next period". */
    public ReportPeriod next() {
        LocalDate nextStart = end.plusDays(1);
        return new ReportPeriod(null, null, nextStart, nextStart.plusMonths(3).minusDays(1));
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(start) && !day.isAfter(end);
    }
}
