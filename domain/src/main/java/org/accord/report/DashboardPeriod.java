package org.accord.report;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A reporting period as the dashboard knows it: whether it is still open (its figures are today's) and whether a
 * snapshot was kept when it closed (its figures are the snapshot's).
 */
public record DashboardPeriod(long id, String code, LocalDate start, LocalDate end, boolean open,
                              Instant snapshotTakenAt) {

    public boolean snapshot() {
        return snapshotTakenAt != null;
    }

    ReportPeriod asReportPeriod() {
        return new ReportPeriod(id, code, start, end);
    }
}
