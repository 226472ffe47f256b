package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.notification.TestMailServer.Received;
import org.accord.people.ReferenceData;
import org.accord.task.TaskStatus;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** E-mails people receive from a real SMTP server: to whom, in which language, with which link; retries; outbox. */
@PortalTest
class NotificationMailTest {

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
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    MailMessageRepository mails;
    @Autowired
    MailTransport transport;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    Notifications notifications;
    @Autowired
    NotificationPreferences preferences;
    @Autowired
    DailyDigest digest;
    @Autowired
    Notifier notifier;
    @Autowired
    NotificationPreferenceRepository preferenceRows;
    @Autowired
    RecipientRepository people;
    @Autowired
    MailTexts texts;
    @Autowired
    Outbox outbox;
    @Value("${accord.portal.base-url:http://localhost:8080}")
    String baseUrl;

    SignedIn signedIn;
    NotificationStories stories;

    @BeforeEach
    void anInitiativeAndAMailServer() {
        TestMailServer.start();
        signedIn = new SignedIn(userDetails);
        stories = new NotificationStories(signedIn, tasks, portfolio, plan, agreements, referenceData, jdbc);
    }

    @Test
    void theAssigneeIsMailedInTheirLanguageWithALinkToTheTask() {
        String title = NotificationStories.title("Exchange manifests");
        long taskId = stories.assign("pm.us", title, "liaison.mx", 10);
        dispatcher.dispatch();

        List<Received> received = TestMailServer.to(stories.email("liaison.mx"), title);
        assertThat(received).hasSize(1);
        Received mail = received.getFirst();
        assertThat(mail.subject()).startsWith("[Accord] Nueva tarea para usted");
        assertThat(mail.body()).contains("le asignó la tarea «" + title + "»", stories.initiativeCode,
                baseUrl + "/tasks/" + taskId, "Hola, Enlace de Aduanas");
        assertThat(mail.from()).isEqualTo("accord@localhost");
    }

    @Test
    void aReassignmentTellsTheNewAndThePreviousAssignee() {
        String title = NotificationStories.title("Publish the joint report");
        long taskId = stories.assign("pm.us", title, "liaison.us", 10);
        stories.reassign("pm.us", taskId, "liaison.mx");
        dispatcher.dispatch();

        assertThat(TestMailServer.to(stories.email("liaison.us"), title)).extracting(Received::subject)
                .containsExactlyInAnyOrder("[Accord] New task for you: " + title, "[Accord] Task reassigned: " + title);
        Received reassigned = TestMailServer.to(stories.email("liaison.us"), "reassigned").stream()
                .filter(mail -> mail.subject().contains(title)).findFirst().orElseThrow();
        assertThat(reassigned.body()).contains("to someone else", baseUrl + "/tasks/" + taskId);
        assertThat(TestMailServer.to(stories.email("liaison.mx"), title)).extracting(Received::subject)
                .containsExactly("[Accord] Nueva tarea para usted: " + title);
    }

    @Test
    void aCommentReachesTheAssigneeButAnInternalOneNeverTheOtherParty() {
        String title = NotificationStories.title("Share the inspection calendar");
        long taskId = stories.assign("pm.us", title, "liaison.mx", 10);
        signedIn.as("pm.us", () -> tasks.comment(taskId, true, "Only for the US side"));
        dispatcher.dispatch();
        assertThat(TestMailServer.to(stories.email("liaison.mx"), title)).extracting(Received::subject)
                .containsExactly("[Accord] Nueva tarea para usted: " + title);
        assertThat(signedIn.as("liaison.mx", () -> notifications.mine(PageRequest.of(0, 50))))
                .filteredOn(n -> n.taskId() != null && n.taskId() == taskId)
                .extracting(NotificationView::kind).containsExactly(NotificationKind.TASK_ASSIGNED);

        signedIn.as("pm.us", () -> tasks.comment(taskId, false, "Please share it with both sides"));
        dispatcher.dispatch();
        List<Received> comments = TestMailServer.to(stories.email("liaison.mx"),
                "Nuevo comentario en la tarea: " + title);
        assertThat(comments).hasSize(1);
        assertThat(comments.getFirst().body()).contains(baseUrl + "/tasks/" + taskId);
        assertThat(TestMailServer.to(stories.email("pm.us"), title)).as("never the author").isEmpty();

        signedIn.as("liaison.mx", () -> tasks.comment(taskId, false, "Compartido"));
        dispatcher.dispatch();
        assertThat(TestMailServer.to(stories.email("pm.us"), "New comment on task: " + title)).hasSize(1);
    }

    @Test
    void aSlippedMilestoneTellsTheLeadsOfBothPartiesButNotTheOneWhoRecordedIt() {
        var today = MilestoneStories.TODAY;
        String title = NotificationStories.title("Pilot at Nogales");
        long milestoneId = stories.milestones.milestone(title, OwnerSide.JOINT, today.plusDays(20), null);
        signedIn.as("pm.us", () -> plan.recordProgress(milestoneId, stories.milestones.row(milestoneId).version(),
                MilestoneStatus.IN_PROGRESS, today.plusDays(45), null, null));
        dispatcher.dispatch();

        String link = baseUrl + "/initiatives/" + stories.initiativeId();
        List<Received> spanish = TestMailServer.to(stories.email("lead.mx"), title);
        assertThat(spanish).extracting(Received::subject)
                .containsExactly("[Accord] Hito retrasado: " + title + " (es)");
        assertThat(spanish.getFirst().body()).contains("25 días", link);
        List<Received> english = TestMailServer.to(stories.email("bersin"), title);
        assertThat(english).extracting(Received::subject).containsExactly("[Accord] Milestone slipped: " + title);
        assertThat(english.getFirst().body()).contains("25 days after its baseline", link);
        assertThat(signedIn.as("bersin", () -> notifications.mine(PageRequest.of(0, 20))))
                .filteredOn(n -> n.milestoneId() != null && n.milestoneId() == milestoneId).singleElement()
                .satisfies(n -> {
                    assertThat(n.kind()).isEqualTo(NotificationKind.MILESTONE_SLIPPED);
                    assertThat(n.detail()).isEqualTo(today.plusDays(45).toString());
                    assertThat(n.actor()).isNotBlank();
                });

        signedIn.as("bersin", () -> plan.recordProgress(milestoneId, stories.milestones.row(milestoneId).version(),
                MilestoneStatus.MISSED, today.plusDays(45), null, null));
        dispatcher.dispatch();
        assertThat(TestMailServer.to(stories.email("lead.mx"), "Hito incumplido: " + title)).hasSize(1);
        assertThat(TestMailServer.to(stories.email("bersin"), "missed")).noneMatch(m -> m.subject().contains(title));
    }

    @Test
    void withAssignmentMailsOffThePersonIsToldInTheAppOnly() {
        signedIn.as("liaison.us", () -> preferences.save(new EmailChoices(false, true, true, true, true, false)));
        try {
            String title = NotificationStories.title("Quiet task");
            long taskId = stories.assign("pm.us", title, "liaison.us", 10);
            dispatcher.dispatch();
            assertThat(TestMailServer.to(stories.email("liaison.us"), title)).isEmpty();
            assertThat(signedIn.as("liaison.us", () -> notifications.mine(PageRequest.of(0, 20))))
                    .anySatisfy(n -> assertThat(n.taskId()).isEqualTo(taskId));
        } finally {
            signedIn.as("liaison.us", () -> preferences.save(EmailChoices.DEFAULTS));
        }
    }

    @Test
    void digestReadersGetOneSummaryADayInsteadOfSingleMails() {
        signedIn.as("liaison.us", () -> preferences.save(new EmailChoices(true, true, true, true, true, true)));
        try {
            String first = NotificationStories.title("Digest one");
            String second = NotificationStories.title("Digest two");
            stories.assign("pm.us", first, "liaison.us", 10);
            stories.assign("pm.us", second, "liaison.us", 12);
            dispatcher.dispatch();
            assertThat(TestMailServer.to(stories.email("liaison.us"), first)).isEmpty();

            digest.run();
            digest.run();
            dispatcher.dispatch();
            List<Received> digests = TestMailServer.to(stories.email("liaison.us"), "daily summary").stream()
                    .filter(mail -> mail.body().contains(first)).toList();
            assertThat(digests).hasSize(1);
            assertThat(digests.getFirst().body()).contains(first, second, baseUrl + "/tasks/");
        } finally {
            signedIn.as("liaison.us", () -> preferences.save(EmailChoices.DEFAULTS));
        }
    }

    @Test
    void theAssignerIsToldInTheAppWhenTheAssigneeMovesTheTaskAndReadsItInTheirDigest() {
        signedIn.as("pm.mx", () -> preferences.save(new EmailChoices(true, true, true, true, true, true)));
        try {
            String title = NotificationStories.title("Status watch");
            long taskId = stories.assign("pm.mx", title, "liaison.us", 10);
            signedIn.as("liaison.us", () -> tasks.changeStatus(taskId, tasks.detail(taskId).row().version(),
                    TaskStatus.IN_PROGRESS, null));
            signedIn.as("pm.mx", () -> tasks.changeStatus(taskId, tasks.detail(taskId).row().version(),
                    TaskStatus.BLOCKED, "Waiting for the other side"));
            dispatcher.dispatch();

            assertThat(signedIn.as("pm.mx", () -> notifications.mine(PageRequest.of(0, 20))))
                    .filteredOn(n -> n.taskId() != null && n.taskId() == taskId).singleElement()
                    .satisfies(n -> {
                        assertThat(n.kind()).isEqualTo(NotificationKind.TASK_STATUS_CHANGED);
                        assertThat(n.detail()).isEqualTo("IN_PROGRESS");
                        assertThat(n.actor()).isEqualTo(jdbc.queryForObject(
                                "select display_name from user_account where username = 'liaison.us'", String.class));
                    });
            assertThat(TestMailServer.to(stories.email("pm.mx"), title)).as("status changes are in-app only").isEmpty();
            assertThat(signedIn.as("liaison.us", () -> notifications.mine(PageRequest.of(0, 20))))
                    .as("the assignee is not told of their own change, nor of the assigner's")
                    .filteredOn(n -> n.taskId() != null && n.taskId() == taskId)
                    .extracting(NotificationView::kind).containsExactly(NotificationKind.TASK_ASSIGNED);

            digest.run();
            dispatcher.dispatch();
            List<Received> digests = TestMailServer.to(stories.email("pm.mx"), "resumen diario").stream()
                    .filter(mail -> mail.body().contains(title)).toList();
            assertThat(digests).singleElement().satisfies(mail -> assertThat(mail.body())
                    .contains("cambió «" + title + "» (" + stories.initiativeCode + ") a: en curso",
                            baseUrl + "/tasks/" + taskId));
        } finally {
            signedIn.as("pm.mx", () -> preferences.save(EmailChoices.DEFAULTS));
        }
    }

    @Test
    void aDigestReaderWithNothingNewGetsNoDigest() {
        signedIn.as("poire", () -> preferences.save(new EmailChoices(true, true, true, true, true, true)));
        try {
            // Whatever reached poire before (issued reports of other tests) goes into a first digest.
            digest.run();
            dispatcher.dispatch();
            int before = TestMailServer.to(stories.email("poire"), "resumen diario").size();
            digest.run();
            dispatcher.dispatch();
            assertThat(TestMailServer.to(stories.email("poire"), "resumen diario")).hasSize(before);
        } finally {
            signedIn.as("poire", () -> preferences.save(EmailChoices.DEFAULTS));
        }
    }

    @Test
    void aFailedSendIsRetriedLaterAndThenDelivered() {
        dispatcher.dispatch();
        String title = NotificationStories.title("Retry me");
        stories.assign("pm.us", title, "liaison.us", 10);
        var closedPort = new JavaMailSenderImpl();
        closedPort.setHost("127.0.0.1");
        closedPort.setPort(1);
        var failing = new MailDispatcher(mails, new MailTransport(closedPort), transactionManager, "accord@localhost",
                50, Clock.systemUTC());

        assertThat(failing.dispatch()).isZero();
        MailRow waiting = mailAbout(title);
        assertThat(waiting.status()).isEqualTo(MailStatus.PENDING);
        assertThat(waiting.attempts()).isEqualTo(1);
        assertThat(signedIn.as("admin.us", () -> outbox.page(MailStatus.PENDING, PageRequest.of(0, 500))))
                .filteredOn(m -> m.subject().contains(title)).singleElement()
                .satisfies(m -> assertThat(m.lastError()).isNotBlank());
        dispatcher.dispatch();
        assertThat(TestMailServer.to(stories.email("liaison.us"), title)).as("not before its retry time").isEmpty();

        var later = new MailDispatcher(mails, transport, transactionManager, "accord@localhost", 50,
                Clock.offset(Clock.systemUTC(), Duration.ofMinutes(2)));
        later.dispatch();
        assertThat(TestMailServer.to(stories.email("liaison.us"), title)).hasSize(1);
        assertThat(mailAbout(title).status()).isEqualTo(MailStatus.SENT);
        assertThat(mailAbout(title).attempts()).isEqualTo(2);
    }

    @Test
    void retriesBackOffAndNeverStop() {
        assertThat(MailDispatcher.retryAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailDispatcher.retryAfter(2)).isEqualTo(Duration.ofMinutes(5));
        assertThat(MailDispatcher.retryAfter(3)).isEqualTo(Duration.ofMinutes(15));
        assertThat(MailDispatcher.retryAfter(4)).isEqualTo(Duration.ofMinutes(60));
        assertThat(MailDispatcher.retryAfter(40)).isEqualTo(Duration.ofMinutes(60));
    }

    @Test
    void withoutAnSmtpServerMailsAreHeldForTheOutboxUntilAnAdministratorReleasesThem() {
        var noSmtp = new MailTransport((JavaMailSender) null);
        var heldQueue = new MailQueue(mails, noSmtp, Clock.systemUTC());
        var heldNotifier = new Notifier(notificationRows, preferenceRows, people, texts, heldQueue, Clock.systemUTC());
        String title = NotificationStories.title("Held mail");
        long liaison = stories.userId("liaison.us");
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> heldNotifier.deliver(List.of(
                new Delivery(liaison, new Notice(NotificationKind.TASK_ASSIGNED, null, null, stories.initiativeId(),
                        title, stories.initiativeCode, "Test", stories.initiativeCode, MilestoneStories.TODAY, null,
                        "/tasks/1")))));
        assertThat(mailAbout(title).status()).isEqualTo(MailStatus.HELD);
        assertThat(signedIn.as("admin.us", () -> outbox.page(MailStatus.HELD, PageRequest.of(0, 500))))
                .anySatisfy(m -> assertThat(m.subject()).contains(title));
        assertThat(signedIn.as("admin.us", () -> outbox.smtpConfigured())).isTrue();
        assertThat(noSmtp.configured()).isFalse();

        assertThatThrownBy(() -> signedIn.as("pm.us", () -> outbox.releaseHeld()))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("admin.us", () -> outbox.releaseHeld())).isPositive();
        assertThat(mailAbout(title).status()).isEqualTo(MailStatus.PENDING);
        dispatcher.dispatch();
        assertThat(TestMailServer.to(stories.email("liaison.us"), title)).hasSize(1);

        // A dispatcher without SMTP holds what is pending instead of failing; rolled back to leave others' mails be.
        String pending = NotificationStories.title("Pending then held");
        var rollback = new TransactionTemplate(transactionManager);
        rollback.executeWithoutResult(status -> {
            stories.assign("pm.us", pending, "liaison.us", 10);
            new MailDispatcher(mails, noSmtp, transactionManager, "accord@localhost", 50, Clock.systemUTC()).dispatch();
            assertThat(mailAbout(pending).status()).isEqualTo(MailStatus.HELD);
            status.setRollbackOnly();
        });
    }

    @Autowired
    NotificationRepository notificationRows;

    /** The one e-mail about {@code title}, read from the table as it is now. */
    private MailRow mailAbout(String title) {
        return jdbc.queryForObject("select status, attempts from mail_message where subject like ?",
                (row, n) -> new MailRow(MailStatus.valueOf(row.getString(1)), row.getInt(2)), "%" + title + "%");
    }

    private record MailRow(MailStatus status, int attempts) {
    }
}
