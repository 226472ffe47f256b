package org.accord.notification;

import java.time.Instant;

/**
 * One notification as its recipient sees it: {@code subject} is the task or milestone title, {@code detail} the
 * initiative code, new date or status, {@code actor} the display name of who caused it.
 */
public record NotificationView(long id, NotificationKind kind, Long taskId, Long milestoneId, Long initiativeId,
                               String subject, String detail, String actor, Instant createdAt, boolean read) {
}
