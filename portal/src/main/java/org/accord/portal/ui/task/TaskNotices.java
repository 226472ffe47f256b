package org.accord.portal.ui.task;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** Short messages at the top of the page: tasks were reassigned, or could not be. */
final class TaskNotices {

    private TaskNotices() {
    }

    static void success(String text) {
        show(text, NotificationVariant.SUCCESS);
    }

    static void error(String text) {
        show(text, NotificationVariant.ERROR);
    }

    private static void show(String text, NotificationVariant variant) {
        Notification.show(text, 5000, Notification.Position.TOP_CENTER).addThemeVariants(variant);
    }
}
