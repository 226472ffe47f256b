package org.accord.generator;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.accord.initiative.Priority;
import org.accord.task.TaskStatus;

/** The generated tasks of one initiative, decided from the seed and the generator's today. */
final class TaskPlan {

    private TaskPlan() {
    }

    /**
     * A task of an initiative, given by the current lead of {@code partyCode} to one of the party's liaisons;
     * {@code milestonePosition} is the initiative's milestone it serves (from 0), or null.
     */
    record PlannedTask(String initiativeCode, String partyCode, String assignee, String assignedBy, String title,
                       String description, Integer milestonePosition, boolean internal, LocalDateTime assignedAt,
                       LocalDate dueDate, Priority priority, TaskStatus status, String blockedReason,
                       String completionNote, LocalDateTime closedAt, PlannedComment comment) {
    }

    record PlannedComment(String author, boolean internal, String body, LocalDateTime createdAt) {
    }
}
