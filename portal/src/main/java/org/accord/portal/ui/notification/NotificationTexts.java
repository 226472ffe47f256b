package org.accord.portal.ui.notification;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.accord.notification.NotificationKind;
import org.accord.notification.NotificationView;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.initiative.InitiativeView;

/** What a notification says in the reader's language, and where clicking it leads. */
final class NotificationTexts {

    private NotificationTexts() {
    }

    static String sentence(NotificationView notification) {
        UI ui = UI.getCurrent();
        return ui.getTranslation("notification.kind." + notification.kind().name(), notification.subject(),
                detail(ui, notification), notification.actor() == null ? "" : notification.actor());
    }

    /** The stored detail is an initiative code, a task status name or an ISO date, depending on the kind. */
    private static String detail(UI ui, NotificationView notification) {
        String detail = notification.detail();
        if (detail == null) {
            return "";
        }
        if (notification.kind() == NotificationKind.TASK_STATUS_CHANGED) {
            return ui.getTranslation("notifications.task-status." + detail);
        }
        try {
            return Dates.date(LocalDate.parse(detail));
        } catch (DateTimeParseException notADate) {
            return detail;
        }
    }

    /**
     * The reports page for an issued report, the task the notification is about, else the initiative of its
     * milestone, else the list of notifications.
     */
    static void open(NotificationView notification) {
        UI ui = UI.getCurrent();
        if (notification.kind() == NotificationKind.REPORT_ISSUED) {
            // The reports page lists issued reports; its route "reports" is what the e-mails link to as well.
            ui.navigate("reports");
        } else if (notification.taskId() != null) {
            // The task page belongs to the task screens; its route "tasks/<id>" is what the e-mails link to as well.
            ui.navigate("tasks/" + notification.taskId());
        } else if (notification.initiativeId() != null) {
            ui.navigate(InitiativeView.class, notification.initiativeId());
        } else {
            ui.navigate(NotificationsView.class);
        }
    }
}
