package org.accord.notification;

import java.time.LocalDate;

/**
 * What to tell one person, before it is stored and mailed. {@code subject}, {@code detail} and {@code actor} are
 * stored for the in-app list; the mail formats {@code subject}, {@code initiativeCode}, {@code actor},
 * {@code date} and {@code extra} in the recipient's language and links to {@code linkPath}.
 */
record Notice(NotificationKind kind, Long taskId, Long milestoneId, Long initiativeId, String subject, String detail,
              String actor, String initiativeCode, LocalDate date, String extra, String linkPath) {

    /** The reports page, where issued reports are listed and downloaded. */
    static final String REPORTS_PATH = "/reports";

    static String taskPath(long taskId) {
        return "/tasks/" + taskId;
    }

    /** The initiative page's address: it takes the initiative's id. */
    static String initiativePath(long initiativeId) {
        return "/initiatives/" + initiativeId;
    }
}
