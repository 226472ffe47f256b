package org.accord.task;

/**
 * What the team view narrows tasks to; null means any. {@code openOnly} hides done and cancelled tasks,
 * {@code overdueOnly} keeps open tasks past their due date; {@code agreementId}, {@code commitmentId} keep the tasks
 * of initiatives serving a commitment of that agreement, or that commitment (with both, it must be the agreement's).
 */
public record TaskFilter(Long assigneeId, String partyCode, String agencyCode, Long initiativeId, TaskStatus status,
                         boolean openOnly, boolean overdueOnly, Long agreementId, Long commitmentId) {

    public TaskFilter(Long assigneeId, String partyCode, String agencyCode, Long initiativeId, TaskStatus status,
                      boolean openOnly, boolean overdueOnly) {
        this(assigneeId, partyCode, agencyCode, initiativeId, status, openOnly, overdueOnly, null, null);
    }

    public static TaskFilter none() {
        return new TaskFilter(null, null, null, null, null, false, false, null, null);
    }
}
