package org.accord.task;

import java.time.LocalDate;

/** An open task as reminders and calendar feeds read it, without anyone signed in. */
public record DueTask(long id, String title, long initiativeId, String initiativeCode, Long milestoneId,
                      LocalDate dueDate, TaskStatus status, long assigneeId, boolean internal, long partyId) {
}
