package org.accord.notification;

/** What a notification is about; the portal renders one sentence per kind in the reader's language. */
public enum NotificationKind {
    TASK_ASSIGNED, TASK_UNASSIGNED, TASK_DUE_SOON, TASK_OVERDUE, TASK_COMMENTED, TASK_STATUS_CHANGED,
    MILESTONE_SLIPPED, MILESTONE_MISSED, REPORT_ISSUED
}
