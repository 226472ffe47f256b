package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.people.ReferenceData;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The in-app list: my own notifications only, unread count, marking read; e-mail choices; the outbox's access. */
@PortalTest
class NotificationsTest {

    @Autowired
    Notifications notifications;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    Outbox outbox;
    @Autowired
    Tasks tasks;
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
    UserDetailsService userDetails;

    SignedIn signedIn;
    NotificationStories stories;

    @BeforeEach
    void anInitiative() {
        signedIn = new SignedIn(userDetails);
        stories = new NotificationStories(signedIn, tasks, portfolio, plan, agreements, referenceData, jdbc);
    }

    @Test
    void anAssignmentRaisesTheUnreadCountUntilRead() {
        long before = signedIn.as("liaison.mx", () -> notifications.unreadCount());
        int listedBefore = signedIn.as("liaison.mx", () -> notifications.countMine());
        String title = NotificationStories.title("Count me");
        long taskId = stories.assign("pm.us", title, "liaison.mx", 5);

        assertThat(signedIn.as("liaison.mx", () -> notifications.unreadCount())).isEqualTo(before + 1);
        assertThat(signedIn.as("liaison.mx", () -> notifications.countMine())).isEqualTo(listedBefore + 1);
        NotificationView newest = signedIn.as("liaison.mx", () -> notifications.mine(PageRequest.of(0, 1))).getFirst();
        assertThat(newest.kind()).isEqualTo(NotificationKind.TASK_ASSIGNED);
        assertThat(newest.taskId()).isEqualTo(taskId);
        assertThat(newest.subject()).isEqualTo(title);
        assertThat(newest.detail()).isEqualTo(stories.initiativeCode);
        assertThat(newest.initiativeId()).isEqualTo(stories.initiativeId());
        assertThat(newest.read()).isFalse();

        signedIn.as("liaison.mx", () -> notifications.markRead(newest.id()));
        assertThat(signedIn.as("liaison.mx", () -> notifications.unreadCount())).isEqualTo(before);
        assertThat(signedIn.as("liaison.mx", () -> notifications.mine(PageRequest.of(0, 1))).getFirst().read())
                .isTrue();

        stories.assign("pm.us", NotificationStories.title("Another"), "liaison.mx", 5);
        signedIn.as("liaison.mx", () -> notifications.markAllRead());
        assertThat(signedIn.as("liaison.mx", () -> notifications.unreadCount())).isZero();
    }

    @Test
    void nobodyReadsOrMarksAnotherPersonsNotifications() {
        String title = NotificationStories.title("Not yours");
        stories.assign("pm.us", title, "liaison.mx", 5);
        NotificationView theirs = signedIn.as("liaison.mx", () -> notifications.mine(PageRequest.of(0, 1))).getFirst();

        assertThat(signedIn.as("liaison.us", () -> notifications.mine(PageRequest.of(0, 500))))
                .noneMatch(n -> n.id() == theirs.id() || title.equals(n.subject()));
        assertThatThrownBy(() -> signedIn.as("liaison.us", () -> notifications.markRead(theirs.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("liaison.mx", () -> notifications.mine(PageRequest.of(0, 1))).getFirst().read())
                .isFalse();
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(Exception.class);
    }

    @Test
    void emailChoicesDefaultToEverythingButTheDigestAndAreSaved() {
        assertThat(signedIn.as("napolitano", () -> preferences.mine())).isEqualTo(EmailChoices.DEFAULTS);
        assertThat(EmailChoices.DEFAULTS).isEqualTo(new EmailChoices(true, true, true, true, true, false));

        var chosen = new EmailChoices(true, false, true, false, true, true);
        signedIn.as("wayne", () -> preferences.save(chosen));
        assertThat(signedIn.as("wayne", () -> preferences.mine())).isEqualTo(chosen);
        signedIn.as("wayne", () -> preferences.save(EmailChoices.DEFAULTS));
        assertThat(signedIn.as("wayne", () -> preferences.mine())).isEqualTo(EmailChoices.DEFAULTS);
    }

    @Test
    void theDigestReplacesSingleMailsAndStatusChangesAreInAppOnly() {
        var digest = new EmailChoices(true, true, true, true, true, true);
        assertThat(NotificationKind.values()).noneMatch(digest::wantsMailFor);
        assertThat(EmailChoices.DEFAULTS.wantsMailFor(NotificationKind.TASK_STATUS_CHANGED)).isFalse();
        var onlyMilestones = new EmailChoices(false, false, false, false, true, false);
        // An issued report reaches executives whatever they chose, unless their digest lists it.
        assertThat(NotificationKind.values()).filteredOn(onlyMilestones::wantsMailFor)
                .containsExactly(NotificationKind.MILESTONE_SLIPPED, NotificationKind.MILESTONE_MISSED,
                        NotificationKind.REPORT_ISSUED);
    }

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> outbox.count(null)))
                .isInstanceOf(AccessDeniedException.class);
        int all = signedIn.as("admin.mx", () -> outbox.count(null));
        assertThat(all).isGreaterThanOrEqualTo(signedIn.as("admin.mx", () -> outbox.count(MailStatus.SENT)));
    }
}
