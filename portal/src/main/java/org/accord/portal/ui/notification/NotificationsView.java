package org.accord.portal.ui.notification;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.PermitAll;
import org.accord.notification.NotificationView;
import org.accord.notification.Notifications;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.MainLayout;

/** All of the signed-in person's notifications, newest first, a page at a time. */
@Route(value = "notifications", layout = MainLayout.class)
@PermitAll
public class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<NotificationView> grid = new Grid<>();
    final Button markAllRead = new Button();

    private final Notifications notifications;

    public NotificationsView(Notifications notifications) {
        this.notifications = notifications;
        setId("notifications-view");
        setSizeFull();
        markAllRead.setText(getTranslation("notifications.mark-all-read"));
        markAllRead.setIcon(VaadinIcon.CHECK.create());
        markAllRead.setId("notifications-mark-all-read");
        markAllRead.addClickListener(click -> markAllRead());
        var top = new HorizontalLayout(new H1(getTranslation("notifications.title")), markAllRead);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        configureGrid();
        add(top, grid);
        setFlexGrow(1, grid);
    }

    private void configureGrid() {
        grid.setId("notifications-grid");
        grid.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("notifications.none"));
        grid.addColumn(notification -> Dates.dateTime(notification.createdAt())).setKey("time")
                .setHeader(getTranslation("notifications.time")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(NotificationsView::sentence)).setKey("sentence")
                .setHeader(getTranslation("notifications.notification")).setFlexGrow(1);
        grid.addColumn(notification -> getTranslation(notification.read() ? "notifications.read" : "notifications.unread"))
                .setKey("read").setHeader(getTranslation("notifications.state")).setAutoWidth(true).setFlexGrow(0);
        grid.setItems(query -> notifications.mine(VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> notifications.countMine());
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                open(event.getValue());
            }
        });
    }

    private static Span sentence(NotificationView notification) {
        var sentence = new Span(NotificationTexts.sentence(notification));
        sentence.getStyle().set("font-weight", notification.read() ? "normal" : "bold");
        return sentence;
    }

    void open(NotificationView notification) {
        notifications.markRead(notification.id());
        NotificationTexts.open(notification);
    }

    void markAllRead() {
        notifications.markAllRead();
        grid.getDataProvider().refreshAll();
        NotificationsChanged.fire();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("notifications.title");
    }
}
