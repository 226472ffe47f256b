package org.accord.report;

/** A bilateral report was issued, published in the transaction that stored it. */
public record ReportIssued(long issuedReportId, String identifier, int version, String periodLabel,
                           ScopeKind scopeKind, Long scopeId, ReportLanguage language, ReportFormat format,
                           String issuedBy, Long supersedesId) {
}
