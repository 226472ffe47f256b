package org.accord.notification;

import java.util.Map;

/**
 * What to tell one person, before it is stored and mailed: the in-app fields, the link path and the values the
 * mail templates format in the recipient's language (title, code, dates, actor...).
 */
record Notice(NotificationKind kind, Long taskId, Long milestoneId, Long initiativeId, String subject, String detail,
              String actor, String linkPath, Map<String, Object> mailValues) {
}
