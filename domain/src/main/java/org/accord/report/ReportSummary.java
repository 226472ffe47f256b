package org.accord.report;

import java.util.List;

/** The executive summary: initiatives by status and health, milestones by side, overdue tasks, update parity. */
public record ReportSummary(List<StatusHealthCount> initiatives, List<MilestoneCount> milestones,
                            List<OverdueTasks> overdueTasks, List<UpdateParity> parity) {

    /** A row per status, a column per health. */
    public List<StatusHealthTable.Row> statusHealth() {
        return StatusHealthTable.of(initiatives);
    }

    public int initiativeCount() {
        return initiatives.stream().mapToInt(StatusHealthCount::count).sum();
    }
}
