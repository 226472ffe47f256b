package org.accord.worklist;

import java.util.List;

/** What an oversight lead has on their plate, as of today. */
public record Worklist(List<LedInitiative> initiatives, Capped<DueMilestone> dueMilestones,
                       Capped<UpdateDue> updatesToWrite, Capped<OverdueTask> overdueTasks) {

    /** The first rows of a longer list, and how long the list is. */
    public record Capped<T>(List<T> rows, long total) {
    }
}
