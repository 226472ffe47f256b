package org.accord.task;

import java.time.LocalDate;
import org.accord.initiative.Priority;

/** What the task lists show of a task, read as columns: the task, its initiative, milestone and assignee. */
record TaskColumns(long id, String title, long initiativeId, String initiativeCode, String initiativeTitleEn,
                   String initiativeTitleEs, Long milestoneId, String milestoneTitleEn, String milestoneTitleEs,
                   long assigneeId, String assigneeName, long assigneeAgencyId, LocalDate dueDate, Priority priority,
                   TaskStatus status, boolean internal, long version) {

    TaskRow row(LocalDate today, String partyCode, String agencyCode) {
        return new TaskRow(id, title, initiativeId, initiativeCode, initiativeTitleEn, initiativeTitleEs, milestoneId,
                milestoneTitleEn, milestoneTitleEs, assigneeId, assigneeName, partyCode, agencyCode, dueDate, priority,
                status, Task.isOverdue(status, dueDate, today), internal, version);
    }
}
