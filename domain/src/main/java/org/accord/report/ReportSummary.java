package org.accord.report;

import java.util.List;

/** The executive summary: initiatives by status and health, milestones by side, overdue tasks, update parity. */
public record ReportSummary(List<StatusHealthCount> initiatives, List<MilestoneCount> milestones,
                            List<OverdueTasks> overdueTasks, List<UpdateParity> parity) {

    public int initiativeCount() {
        return initiatives.stream().mapToInt(StatusHealthCount::count).sum();
    }
}
