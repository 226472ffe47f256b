package org.accord.portal.ui.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import java.util.stream.IntStream;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.notification.NotificationView;
import org.accord.notification.Notifications;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The page of all my notifications: newest first, read state, opening one, marking all read. */
class NotificationsViewTest extends PortalBrowserlessTest {

    @Autowired
    Tasks tasks;
    @Autowired
    Notifications notifications;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    TaskAssignments assignments;

    @BeforeEach
    void initiativeLedByBersin() {
        assignments = new TaskAssignments(new SignedIn(users), tasks, portfolio, plan, agreements, referenceData, jdbc);
    }

    @Test
    @WithUserDetails("liaison.us")
    void listsMyNewestNotificationFirstAsUnread() {
        long taskId = assignments.assign("Review the port survey", "liaison.us");

        NotificationsView view = navigate(NotificationsView.class);

        assertThat(test(view.grid).size()).isEqualTo(notifications.countMine());
        NotificationView newest = test(view.grid).getRow(0);
        assertThat(newest.taskId()).isEqualTo(taskId);
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Unread");
        assertThat(NotificationTexts.sentence(newest)).startsWith("Alan Bersin assigned you the task “Review the port survey”");
    }

    @Test
    @WithUserDetails("liaison.us")
    void choosingANotificationReadsItAndOpensItsTask() {
        long taskId = assignments.assign("Collect the inspection logs", "liaison.us");
        NotificationsView view = navigate(NotificationsView.class);
        long id = test(view.grid).getRow(0).id();

        test(view.grid).select(0);

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("tasks/" + taskId);
        NotificationsView again = navigate(NotificationsView.class);
        int row = IntStream.range(0, test(again.grid).size()).filter(i -> test(again.grid).getRow(i).id() == id)
                .findFirst().orElseThrow();
        assertThat(test(again.grid).getRow(row).read()).isTrue();
        assertThat(test(again.grid).getCellText(row, 2)).isEqualTo("Read");
    }

    @Test
    @WithUserDetails("lead.mx")
    void markAllReadReadsEverythingAndTheBellFollows() {
        assignments.assign("Revisar el manifiesto", "lead.mx");
        NotificationsView view = navigate(NotificationsView.class);
        NotificationBell bell = $(NotificationBell.class).single();
        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Sin leer");

        test(view.markAllRead).click();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(test(view.grid).getCellText(0, 2)).isEqualTo("Leída");
        assertThat(bell.badge.isVisible()).isFalse();
    }
}
