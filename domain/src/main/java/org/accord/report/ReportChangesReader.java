package org.accord.report;

import java.time.LocalDate;
import org.springframework.stereotype.Component;

/** What changed since the last issued report of the same scope. */
@Component
class ReportChangesReader {

    ReportChanges since(ReportRequest request, LocalDate asOf, ReportPeriod period) {
        return ReportChanges.none();
    }
}
