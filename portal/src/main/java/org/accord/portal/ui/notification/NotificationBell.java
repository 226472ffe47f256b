package org.accord.portal.ui.notification;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.popover.Popover;
import com.vaadin.flow.component.popover.PopoverPosition;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.SpringComponent;
import java.time.Duration;
import java.util.List;
import org.accord.notification.NotificationView;
import org.accord.notification.Notifications;
import org.accord.portal.ui.RecentRead;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Scope;
import org.springframework.data.domain.PageRequest;

/** The header's bell: how many notifications are unread, and the latest ones in a popover. */
@SpringComponent
@Scope("prototype")
public class NotificationBell extends Div implements AfterNavigationObserver {

    static final int LATEST = 10;

    final Button bell = new Button(VaadinIcon.BELL.create());
    final Span badge = new Span();
    final Popover popover = new Popover();
    final Div latest = new Div();
    final Button markAllRead = new Button();
    final Button seeAll = new Button();

    private final Notifications notifications;
    private final RecentRead countRead;
    private Registration changes;

    public NotificationBell(Notifications notifications,
                            @Value("${accord.ui.shell-counts-refresh:30s}") Duration countRefresh) {
        this.notifications = notifications;
        this.countRead = new RecentRead(countRefresh);
        setId("notification-bell");
        getStyle().set("position", "relative").set("display", "inline-flex");
        bell.setId("notification-bell-button");
        bell.addThemeVariants(ButtonVariant.TERTIARY);
        badge.setId("notification-badge");
        badge.getElement().getThemeList().addAll(List.of("badge", "error", "primary", "small", "pill"));
        badge.getElement().setAttribute("aria-hidden", "true");
        badge.getStyle().set("position", "absolute").set("top", "0").set("inset-inline-end", "0")
                .set("pointer-events", "none");
        add(bell, badge, popover());
    }

    private Popover popover() {
        popover.setTarget(bell);
        popover.setPosition(PopoverPosition.BOTTOM_END);
        popover.setAriaLabel(getTranslation("notifications.title"));
        popover.setWidth("24rem");
        popover.addOpenedChangeListener(event -> {
            if (event.isOpened()) {
                refresh();
            }
        });
        latest.setId("notification-latest");
        latest.getStyle().set("max-height", "60vh").set("overflow-y", "auto");
        markAllRead.setText(getTranslation("notifications.mark-all-read"));
        markAllRead.setId("notification-mark-all-read");
        markAllRead.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        markAllRead.addClickListener(click -> {
            notifications.markAllRead();
            refresh();
        });
        seeAll.setText(getTranslation("notifications.see-all"));
        seeAll.setId("notification-see-all");
        seeAll.addThemeVariants(ButtonVariant.TERTIARY, ButtonVariant.SMALL);
        seeAll.addClickListener(click -> {
            popover.close();
            UI.getCurrent().navigate(NotificationsView.class);
        });
        var heading = new H2(getTranslation("notifications.title"));
        heading.getStyle().set("margin", "0");
        var top = new HorizontalLayout(heading, markAllRead);
        top.setWidthFull();
        top.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        top.setAlignItems(FlexComponent.Alignment.CENTER);
        popover.add(top, latest, seeAll);
        return popover;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        if (countRead.isStale()) {
            showCount();
        }
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        changes = ComponentUtil.addListener(attach.getUI(), NotificationsChanged.class, event -> showCount());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        changes.remove();
    }

    private void refresh() {
        showCount();
        showLatest();
    }

    private void showCount() {
        long unread = notifications.unreadCount();
        countRead.read();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        markAllRead.setEnabled(unread > 0);
        bell.setAriaLabel(getTranslation("notifications.bell", unread));
        bell.setTooltipText(getTranslation("notifications.bell", unread));
    }

    private void showLatest() {
        latest.removeAll();
        List<NotificationView> mine = notifications.mine(PageRequest.of(0, LATEST));
        if (mine.isEmpty()) {
            latest.add(new Paragraph(getTranslation("notifications.none")));
        }
        for (NotificationView notification : mine) {
            var item = new NotificationItem(notification);
            item.addClickListener(click -> open(notification));
            latest.add(item);
        }
    }

    private void open(NotificationView notification) {
        notifications.markRead(notification.id());
        popover.close();
        showCount();
        NotificationTexts.open(notification);
    }
}
