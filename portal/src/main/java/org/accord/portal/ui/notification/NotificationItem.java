package org.accord.portal.ui.notification;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import org.accord.notification.NotificationView;
import org.accord.portal.ui.Dates;

/** One notification in the bell's list: its sentence and when it came, in bold while unread. */
class NotificationItem extends NativeButton {

    final NotificationView notification;

    NotificationItem(NotificationView notification) {
        this.notification = notification;
        var sentence = new Span(NotificationTexts.sentence(notification));
        var time = new Span(Dates.dateTime(notification.createdAt()));
        time.addClassNames("text-secondary", "text-s");
        add(sentence, time);
        addClassName("accord-notification-item");
        getElement().setAttribute("data-read", String.valueOf(notification.read()));
        getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "flex-start")
                .set("gap", "0.125rem").set("width", "100%").set("text-align", "start").set("padding", "0.5rem")
                .set("border", "none").set("border-radius", "var(--lumo-border-radius-m)").set("cursor", "pointer")
                .set("background", notification.read() ? "transparent" : "var(--lumo-primary-color-10pct)")
                .set("font", "inherit").set("color", "inherit");
        sentence.getStyle().set("font-weight", notification.read() ? "normal" : "bold");
    }

    String sentence() {
        return NotificationTexts.sentence(notification);
    }
}
