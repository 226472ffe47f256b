package org.accord.report;

import java.util.List;

/** The data behind the report's charts, gathered once while the summary is read. */
public record ReportCharts(List<CommitmentHealthRow> healthByCommitment) {
}
