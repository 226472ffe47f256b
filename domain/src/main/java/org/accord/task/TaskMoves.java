package org.accord.task;

import static org.accord.task.TaskStatus.BLOCKED;
import static org.accord.task.TaskStatus.CANCELLED;
import static org.accord.task.TaskStatus.DONE;
import static org.accord.task.TaskStatus.IN_PROGRESS;
import static org.accord.task.TaskStatus.OPEN;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.accord.shared.InvalidInputException;

/**
 * Which status moves a task allows, and to whom. The assignee and those who assign on the initiative (its leads,
 * program managers, administrators) start, block, finish and reopen a done task; only those who assign cancel an
 * open task or restore a cancelled one. A done or cancelled task is not edited or reassigned: it is reopened first.
 */
public final class TaskMoves {

    private static final Map<TaskStatus, Set<TaskStatus>> BY_WHOEVER_WORKS = Map.of(
            OPEN, EnumSet.of(IN_PROGRESS, BLOCKED, DONE),
            IN_PROGRESS, EnumSet.of(BLOCKED, DONE),
            BLOCKED, EnumSet.of(IN_PROGRESS, OPEN, DONE),
            DONE, EnumSet.of(OPEN),
            CANCELLED, EnumSet.noneOf(TaskStatus.class));

    private static final Map<TaskStatus, Set<TaskStatus>> BY_ASSIGNERS_ONLY = Map.of(
            OPEN, EnumSet.of(CANCELLED),
            IN_PROGRESS, EnumSet.of(CANCELLED),
            BLOCKED, EnumSet.of(CANCELLED),
            DONE, EnumSet.noneOf(TaskStatus.class),
            CANCELLED, EnumSet.of(OPEN));

    private TaskMoves() {
    }

    /** Whether someone who works on the task ({@code assigner}: who also assigns on its initiative) may make the move. */
    public static boolean allows(TaskStatus from, TaskStatus to, boolean assigner) {
        return BY_WHOEVER_WORKS.get(from).contains(to) || assigner && BY_ASSIGNERS_ONLY.get(from).contains(to);
    }

    /** Refuses a move the table does not allow; a cancelled task is left to those who assign. */
    static void check(TaskStatus from, TaskStatus to, boolean assigner) {
        if (from == CANCELLED && !assigner) {
            throw new InvalidInputException("status", "task.cancelled.assigners-only");
        }
        if (!allows(from, to, assigner)) {
            throw new InvalidInputException("status", "task.move.not-allowed");
        }
    }

    /** Refuses changing a done or cancelled task's content or assignee; {@code field} is where the refusal shows. */
    static void requireOpen(TaskStatus status, String field, String messageKey) {
        if (status.isClosed()) {
            throw new InvalidInputException(field, messageKey);
        }
    }
}
