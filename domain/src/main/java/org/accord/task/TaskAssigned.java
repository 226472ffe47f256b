package org.accord.task;

import java.time.LocalDate;

/**
 * A task was given to someone: created, or reassigned ({@code previousAssigneeId} not null). Published inside
 * the transaction that saves it, so that listeners' records are saved with it or not at all.
 */
public record TaskAssigned(long taskId, String title, long initiativeId, String initiativeCode, LocalDate dueDate,
                           long assigneeId, Long previousAssigneeId, String assignedBy) {
}
