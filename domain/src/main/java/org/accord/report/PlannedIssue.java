package org.accord.report;

import java.time.LocalDate;

/** A report about to be issued: its identity, given to the renderer, and where it belongs. */
record PlannedIssue(ReportIdentity identity, String seriesKey, Long periodId, String periodCode, LocalDate from,
                    LocalDate to, ReportScope scope, ReportLanguage language, ReportFormat format, String issuedBy,
                    Long supersedesId, Long latestIdOfSeries, String reason) {
}
