package org.accord.portal.ui.notification;

import com.vaadin.flow.component.UI;
import org.accord.notification.NotificationView;
import org.accord.portal.ui.initiative.InitiativeView;

/** What a notification says in the reader's language, and where clicking it leads. */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String sentence(NotificationView notification) {
        return UI.getCurrent().getTranslation("notification.kind." + notification.kind().name(),
                notification.subject(), blankIfNull(notification.detail()), blankIfNull(notification.actor()));
    }

    /** The task the notification is about, else the initiative of its milestone, else the list of notifications. */
    static void open(NotificationView notification) {
        UI ui = UI.getCurrent();
        if (notification.taskId() != null) {
            // The task page lives in another feature's package; its route is part of the contract.
            ui.navigate("tasks/" + notification.taskId());
        } else if (notification.initiativeId() != null) {
            ui.navigate(InitiativeView.class, notification.initiativeId());
        } else {
            ui.navigate(NotificationsView.class);
        }
    }

    private static String blankIfNull(String text) {
        return text == null ? "" : text;
    }
}
