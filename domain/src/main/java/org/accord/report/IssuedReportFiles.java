package org.accord.report;

import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An issued report's file for the e-mail dispatcher, which attaches it when it sends the announcement to
 * executives; it runs on a scheduler thread with nobody signed in, so this has no access check: callers are
 * other features, never views.
 */
@Service
@Transactional(readOnly = true)
public class IssuedReportFiles {

    private final IssuedReportRepository reports;
    private final IssuedReportStore store;

    IssuedReportFiles(IssuedReportRepository reports, IssuedReportStore store) {
        this.reports = reports;
        this.store = store;
    }

    public Optional<IssuedFile> attachment(long issuedReportId) {
        return reports.findById(issuedReportId).flatMap(report -> store.content(issuedReportId)
                .map(content -> new IssuedFile(report.getFileName(), report.getContentType(), content)));
    }
}
