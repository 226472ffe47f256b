package org.accord.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The signed-in person's own in-app notifications: the bell's count, the list, marking read. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class Notifications {

    private final NotificationRepository notifications;
    private final SignedInPerson me;
    private final Clock clock;

    Notifications(NotificationRepository notifications, SignedInPerson me, ObjectProvider<Clock> clock) {
        this.notifications = notifications;
        this.me = me;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public long unreadCount() {
        return notifications.countByRecipientIdAndReadAtIsNull(me.id());
    }

    /** Newest first. */
    public List<NotificationView> mine(Pageable pageable) {
        return notifications.findMine(me.id(), pageable).stream().map(Notification::view).toList();
    }

    public int countMine() {
        return notifications.countByRecipientId(me.id());
    }

    /** Marks one of my notifications read; someone else's is refused. */
    @Transactional
    public void markRead(long id) {
        notifications.findByIdAndRecipientId(id, me.id())
                .orElseThrow(() -> new AccessDeniedException("Not your notification"))
                .markRead(clock.instant());
    }

    @Transactional
    public void markAllRead() {
        notifications.markAllRead(me.id(), clock.instant());
    }
}
