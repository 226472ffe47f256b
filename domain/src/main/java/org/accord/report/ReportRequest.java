package org.accord.report;

import java.time.LocalDate;
import java.util.Objects;

/**
 * What a report is asked for: a reporting period or a date range, a scope, a language and a format.
 * {@code partyCode} null makes the bilateral report (shared content only, the one issued to both governments);
 * a party's code makes that party's own report, which may add its internal notes.
 */
public record ReportRequest(Long periodId, LocalDate from, LocalDate to, ReportScope scope, ReportLanguage language,
                            ReportFormat format, String partyCode) {

    public ReportRequest {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(format, "format");
    }

    public static ReportRequest bilateral(long periodId, ReportScope scope, ReportLanguage language, ReportFormat format) {
        return new ReportRequest(periodId, null, null, scope, language, format, null);
    }

    public boolean bilateral() {
        return partyCode == null;
    }

    public ReportRequest as(ReportFormat otherFormat) {
        return new ReportRequest(periodId, from, to, scope, language, otherFormat, partyCode);
    }
}
