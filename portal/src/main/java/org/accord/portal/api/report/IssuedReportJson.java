package org.accord.portal.api.report;

import java.time.Instant;
import java.time.LocalDate;
import org.accord.report.IssuedReportView;
import org.accord.report.ReportFormat;
import org.accord.report.ReportLanguage;
import org.accord.report.ScopeKind;

/** An issued report's metadata; its file is at {@code /api/v1/reports/{id}/file}. */
record IssuedReportJson(long id, String identifier, int version, Long periodId, String periodCode, LocalDate from,
                        LocalDate to, ScopeKind scopeKind, Long scopeId, String scopeNameEn, String scopeNameEs,
                        ReportLanguage language, ReportFormat format, String fileName, String contentType,
                        long sizeBytes, int pages, String sha256, String issuedBy, Instant issuedAt,
                        String supersedesIdentifier, String reason, String supersededByIdentifier) {

    static IssuedReportJson of(IssuedReportView view) {
        return new IssuedReportJson(view.id(), view.identifier(), view.version(), view.periodId(), view.periodCode(),
                view.from(), view.to(), view.scopeKind(), view.scopeId(),
                view.scopeName() == null ? null : view.scopeName().en(),
                view.scopeName() == null ? null : view.scopeName().es(), view.language(), view.format(),
                view.fileName(), view.contentType(), view.sizeBytes(), view.pages(), view.sha256(),
                view.issuedByName(), view.issuedAt(), view.supersedesIdentifier(), view.reason(),
                view.supersededByIdentifier());
    }
}
