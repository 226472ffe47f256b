package org.accord.portal.ui.notification;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.popover.PopoverTester;
import java.util.List;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.OwnerSide;
import org.accord.notification.Notifications;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.portal.ui.initiative.InitiativesView;
import org.accord.portal.ui.people.AccountView;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The header's bell: the unread count, the latest notifications, and where clicking one leads. */
class NotificationBellTest extends PortalBrowserlessTest {

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
    void openingTheBellListsTheAssignmentUnreadAndClickingItReadsItAndOpensTheTask() {
        long taskId = assignments.assign("Pilot the joint inspection", "liaison.us");
        String code = assignments.initiativeCode(jdbc);
        NotificationBell bell = bellOn(AccountView.class);
        long unread = notifications.unreadCount();

        PopoverTester.forTarget(bell.bell).clickTarget();

        NotificationItem item = items(bell).get(0);
        assertThat(item.notification.taskId()).isEqualTo(taskId);
        assertThat(item.sentence()).isEqualTo("Alan Bersin assigned you the task “Pilot the joint inspection” (" + code + ").");
        assertThat(item.getElement().getAttribute("data-read")).isEqualTo("false");

        test(item).click();

        assertThat(notifications.unreadCount()).isEqualTo(unread - 1);
        assertThat(notifications.mine(PageRequest.of(0, 20))).filteredOn(shown -> shown.id() == item.notification.id())
                .singleElement().satisfies(shown -> assertThat(shown.read()).isTrue());
        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("tasks/" + taskId);
        assertThat(bell.badge.isVisible()).isEqualTo(unread > 1);
        if (unread > 1) {
            assertThat(bell.badge.getText()).isIn(String.valueOf(unread - 1), "99+");
        }
    }

    @Test
    @WithUserDetails("aguilar")
    void markAllReadEmptiesTheCountAndHidesTheBadge() {
        assignments.assign("Translate the handbook", "aguilar");
        NotificationBell bell = bellOn(AccountView.class);
        assertThat(bell.badge.isVisible()).isTrue();
        PopoverTester.forTarget(bell.bell).clickTarget();

        test(bell.markAllRead).click();

        assertThat(notifications.unreadCount()).isZero();
        assertThat(bell.badge.isVisible()).isFalse();
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, none unread");
        assertThat(items(bell)).allSatisfy(item -> assertThat(item.notification.read()).isTrue());
    }

    @Test
    @WithUserDetails("lead.mx")
    void slippedMilestoneIsToldInSpanishAndLeadsToTheInitiative() {
        assignments.stories.milestone("Puesto fronterizo", OwnerSide.MX, TODAY.plusDays(10), TODAY.plusDays(40));
        NotificationBell bell = bellOn(AccountView.class);

        PopoverTester.forTarget(bell.bell).clickTarget();

        NotificationItem item = items(bell).get(0);
        assertThat(item.notification.initiativeId()).isEqualTo(assignments.stories.initiativeId);
        assertThat(item.sentence()).startsWith("El hito «Puesto fronterizo (es)» de su iniciativa se retrasó");
        test(item).click();
        assertThat(getCurrentView()).isInstanceOf(InitiativeView.class);
        assertThat(UI.getCurrent().getActiveViewLocation().getPath())
                .isEqualTo("initiatives/" + assignments.stories.initiativeId);
    }

    @Test
    @WithUserDetails("liaison.us")
    void bellCountsATaskJustAssignedToMeWhenOpenedNotAtEveryNavigation() {
        NotificationBell bell = bellOn(AccountView.class);
        long before = notifications.unreadCount();
        assignments.assign("Share the manifest schema", "liaison.us");

        navigate(InitiativesView.class);
        assertThat(bell.badge.getText()).as("read at most accord.ui.shell-counts-refresh ago")
                .isEqualTo(before > 99 ? "99+" : String.valueOf(before));
        PopoverTester.forTarget(bell.bell).clickTarget();

        assertThat(bell.badge.isVisible()).isTrue();
        assertThat(bell.badge.getText()).isEqualTo(before + 1 > 99 ? "99+" : String.valueOf(before + 1));
        assertThat(bell.bell.getAriaLabel()).hasValue("Notifications, " + (before + 1) + " unread");
    }

    @Test
    @WithUserDetails("morton")
    void seeAllLeadsToTheNotificationsPage() {
        NotificationBell bell = bellOn(AccountView.class);
        PopoverTester.forTarget(bell.bell).clickTarget();

        test(bell.seeAll).click();

        assertThat(getCurrentView()).isInstanceOf(NotificationsView.class);
    }

    private NotificationBell bellOn(Class<? extends Component> view) {
        navigate(view);
        return $(NotificationBell.class).single();
    }

    private static List<NotificationItem> items(NotificationBell bell) {
        return bell.latest.getChildren().filter(NotificationItem.class::isInstance).map(NotificationItem.class::cast)
                .toList();
    }
}
