package org.accord.report;

import java.time.LocalDate;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.accord.milestone.ScheduleState;

/** A row of an initiative's milestone table. */
public record MilestoneLine(long id, long initiativeId, Bilingual title, OwnerSide side, LocalDate baseline,
                            LocalDate forecast, LocalDate actual, MilestoneStatus status, long slippageDays,
                            ScheduleState state) {
}
