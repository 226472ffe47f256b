package org.accord.demo;

import org.accord.initiative.Priority;
import org.accord.task.TaskStatus;

/**
 * A demo task: handed out by {@code assignedBy} on an initiative, due {@code dueInDays} after the day the demo
 * loads (so that My tasks has work ahead), then moved by the assignee to {@code status} with {@code statusText}
 * (the blocked reason or the completion note) and {@code comment}.
 */
record TaskSeed(String initiativeCode, String assignedBy, String assignee, String title, String description,
                int dueInDays, Priority priority, boolean internal, TaskStatus status, String statusText,
                String comment) {
}
