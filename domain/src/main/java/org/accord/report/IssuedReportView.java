package org.accord.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An issued report as lists and verification show it. {@code periodCode} is null for a report of a date range;
 * {@code supersedes*} name the version it replaced (and why), {@code supersededBy*} the one that replaced it;
 * {@code scopeName} names the agreement, commitment or agency (null for all agreements, or one since gone).
 */
public record IssuedReportView(long id, String identifier, int version, Long periodId, String periodCode,
                               LocalDate from, LocalDate to, ScopeKind scopeKind, Long scopeId,
                               ReportLanguage language, ReportFormat format, String fileName, String contentType,
                               long sizeBytes, int pages, String sha256, String dataSha256, String issuedBy,
                               String issuedByName, Instant issuedAt, Long supersedesId, String supersedesIdentifier,
                               String reason, Long supersededById, String supersededByIdentifier,
                               Bilingual scopeName) {

    public boolean superseded() {
        return supersededById != null;
    }

    /** The period's code, or the date range for a report of a range. */
    public String periodLabel() {
        return periodCode != null ? periodCode : from + " – " + to;
    }
}
