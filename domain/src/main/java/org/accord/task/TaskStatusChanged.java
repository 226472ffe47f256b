package org.accord.task;

/** A task's status changed; {@code assignedBy} is the username of the person who handed it out. */
public record TaskStatusChanged(long taskId, String title, String initiativeCode, long assigneeId, String assignedBy,
                                TaskStatus before, TaskStatus after, String changedBy) {
}
