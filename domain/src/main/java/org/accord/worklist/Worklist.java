package org.accord.worklist;

import java.time.LocalDate;
import java.util.List;

/** What an oversight lead has on their plate, as of {@code today}: the day that due and overdue are counted from. */
public record Worklist(LocalDate today, List<LedInitiative> initiatives, Capped<DueMilestone> dueMilestones,
                       Capped<UpdateDue> updatesToWrite, Capped<OverdueTask> overdueTasks) {

    /** The first rows of a longer list, and how long the list is. */
    public record Capped<T>(List<T> rows, long total) {
    }
}
