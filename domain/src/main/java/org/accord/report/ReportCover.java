package org.accord.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The first page: what the report covers and who made it. {@code identity} is null for a draft;
 * {@code partyCode} is null for the bilateral report and names the party of an internal one.
 */
public record ReportCover(ReportPeriod period, Bilingual scope, ReportLanguage language, LocalDate asOf,
                          Instant generatedAt, String generatedBy, String partyCode, ReportIdentity identity) {

    public boolean issued() {
        return identity != null;
    }

    public boolean internal() {
        return partyCode != null;
    }
}
