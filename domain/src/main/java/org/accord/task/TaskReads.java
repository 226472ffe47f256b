package org.accord.task;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Open tasks for the portal's own jobs, which run with nobody signed in: reminders and calendar feeds.
 * Never for views: they go through {@link Tasks}, which checks who asks.
 */
@Component
@Transactional(readOnly = true)
public class TaskReads {

    static final Set<TaskStatus> OPEN = EnumSet.of(TaskStatus.OPEN, TaskStatus.IN_PROGRESS, TaskStatus.BLOCKED);

    private final TaskRepository tasks;

    TaskReads(TaskRepository tasks) {
        this.tasks = tasks;
    }

    /** At most {@code batchSize} open tasks due on or before {@code until}, with ids above {@code afterId}, by id. */
    public List<DueTask> openDueBy(LocalDate until, long afterId, int batchSize) {
        return tasks.findOpenDueBy(until, afterId, OPEN, Limit.of(batchSize));
    }

    /** The person's open tasks by due date. */
    public List<DueTask> openOf(long assigneeId) {
        return tasks.findOpenOf(assigneeId, OPEN);
    }

    /** The initiatives on which the person has open tasks. */
    public List<Long> initiativesWithOpenTasksOf(long assigneeId) {
        return tasks.findInitiativesWithOpenTasksOf(assigneeId, OPEN);
    }
}
