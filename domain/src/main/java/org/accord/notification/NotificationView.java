package org.accord.notification;

import java.time.Instant;

/**
 * One notification as its recipient sees it. {@code subject} is the task or milestone title (milestones in the
 * recipient's language), {@code actor} the display name of who caused it (null for reminders), and
 * {@code detail} depends on the kind:
 * <ul>
 * <li>TASK_ASSIGNED, TASK_UNASSIGNED, TASK_COMMENTED, MILESTONE_MISSED: the initiative code;</li>
 * <li>TASK_DUE_SOON, TASK_OVERDUE: the due date, ISO-8601 (2026-12-01);</li>
 * <li>TASK_STATUS_CHANGED: the new status, a {@code org.accord.task.TaskStatus} name (DONE);</li>
 * <li>MILESTONE_SLIPPED: the new expected date, ISO-8601;</li>
 * <li>REPORT_ISSUED: the report's period (2012-Q2) or date range; {@code subject} is its identifier.</li>
 * </ul>
 */
public record NotificationView(long id, NotificationKind kind, Long taskId, Long milestoneId, Long initiativeId,
                               String subject, String detail, String actor, Instant createdAt, boolean read) {
}
