package org.accord.generator;

import java.time.LocalDate;
import java.util.List;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;

/** The generated milestones, their log lines, the reporting periods and the progress updates, decided from the seed. */
record SchedulePlan(List<PlannedMilestone> milestones, List<PlannedPeriod> periods, List<PlannedUpdate> updates) {

    /** The {@code position}-th milestone (from 0) of an initiative, with a log line when it slipped noticeably. */
    record PlannedMilestone(String initiativeCode, int position, String titleEn, String titleEs, OwnerSide side,
                            LocalDate baseline, LocalDate forecast, LocalDate actual, MilestoneStatus status,
                            int weight, PlannedLogLine logLine) {
    }

    record PlannedLogLine(String loggedBy, LocalDate loggedOn, String changes, String note, String rebaselineReason) {
    }

    record PlannedPeriod(String code, LocalDate start, LocalDate end, boolean open) {
    }

    /**
     * One party's update of an initiative in a period. {@code fate} (0 to 99) decides its state once the writer
     * knows whether the period is open in the database.
     */
    record PlannedUpdate(String periodCode, String initiativeCode, String partyCode, String lead, int fate,
                         String accomplishments, String nextSteps, String risks, String proposedHealth) {
    }
}
