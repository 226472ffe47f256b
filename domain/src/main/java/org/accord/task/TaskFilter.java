package org.accord.task;

/**
 * What the team view narrows tasks to; null means any. {@code openOnly} hides done and cancelled tasks,
 * {@code overdueOnly} keeps open tasks past their due date.
 */
public record TaskFilter(Long assigneeId, String partyCode, String agencyCode, Long initiativeId, TaskStatus status,
                         boolean openOnly, boolean overdueOnly) {

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, false, false);
    }
}
