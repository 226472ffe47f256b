package org.accord.task;

import java.time.Instant;

/**
 * One task with what its page shows ({@code assignedBy} is a username, {@code assignedByName} the person's name),
 * and what the viewer may do: {@code mayEdit} (change, reassign, cancel: those who may assign on the initiative)
 * and {@code mayWork} (status, comments, evidence: also the assignee).
 */
public record TaskDetail(TaskRow row, String description, String partyCode, String assignedBy, String assignedByName,
                         Instant assignedAt, String blockedReason, String completionNote, Instant closedAt,
                         boolean mayEdit, boolean mayWork) {
}
