package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Date;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneStories;
import org.accord.people.ReferenceData;
import org.accord.task.TaskReads;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.ScheduledAnnotationBeanPostProcessor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Two portal nodes on one database, each with its own scheduler lock and runners, running reminders and dispatch
 * at the same moment: every reminder is recorded once and received once, and running again sends nothing new.
 */
@PortalTest
class TwoNodeRemindersTest {

    @Autowired
    TaskReads taskReads;
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
    DataSource dataSource;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    NotificationRepository notificationRows;
    @Autowired
    NotificationPreferenceRepository preferenceRows;
    @Autowired
    RecipientRepository people;
    @Autowired
    MailMessageRepository mails;
    @Autowired
    MailTransport transport;
    @Autowired
    MailTexts texts;
    @Autowired
    MailDispatcher dispatcher;
    @Autowired
    DailyDigest digest;
    @Autowired
    Housekeeping housekeeping;
    @Autowired
    ApplicationContext context;
    @Autowired
    Environment environment;

    NotificationStories stories;
    ExecutorService threads = Executors.newFixedThreadPool(2);

    @BeforeEach
    void tasksDueSoonAndOverdue() {
        TestMailServer.start();
        stories = new NotificationStories(new SignedIn(userDetails), tasks, portfolio, plan, agreements,
                referenceData, jdbc);
    }

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void withTwoNodesEachReminderIsSentExactlyOnce() throws Exception {
        List<Due> due = dueTasks();
        Node a = node("node-a");
        Node b = node("node-b");

        together(() -> { a.jobs().remind(); a.jobs().dispatch(); }, () -> { b.jobs().remind(); b.jobs().dispatch(); });
        a.jobs().dispatch();
        b.jobs().dispatch();

        for (Due task : due) {
            assertThat(reminderMails(task)).as(task.title()).hasSize(1);
            assertThat(remindersRecorded(task)).as(task.title()).isEqualTo(1);
        }
        assertThat(jdbc.queryForList("select locked_by from shedlock where name = ?", String.class,
                NotificationJobs.REMINDERS)).singleElement().isIn("node-a", "node-b");

        together(() -> { a.jobs().remind(); a.jobs().dispatch(); }, () -> { b.jobs().remind(); b.jobs().dispatch(); });
        a.jobs().dispatch();
        for (Due task : due) {
            assertThat(reminderMails(task)).as("a second run sends nothing new").hasSize(1);
            assertThat(remindersRecorded(task)).isEqualTo(1);
        }
    }

    @Test
    void evenWithoutTheLockTheRecordOfSentRemindersKeepsThemToOne() throws Exception {
        List<Due> due = dueTasks();
        Node a = node("node-a");
        Node b = node("node-b");

        together(a.reminders()::run, b.reminders()::run);
        a.dispatcher().dispatch();

        for (Due task : due) {
            assertThat(reminderMails(task)).as(task.title()).hasSize(1);
            assertThat(remindersRecorded(task)).isEqualTo(1);
        }
    }

    @Test
    void twoDispatchersAtOnceSendEachMailOnce() throws Exception {
        dispatcher.dispatch();
        var titles = new ArrayList<String>();
        for (int i = 0; i < 8; i++) {
            String title = NotificationStories.title("Claimed");
            stories.assign("pm.us", title, i % 2 == 0 ? "liaison.us" : "liaison.mx", 20);
            titles.add(title);
        }
        Node a = node("node-a");
        Node b = node("node-b");

        together(a.dispatcher()::dispatch, b.dispatcher()::dispatch);

        for (int i = 0; i < titles.size(); i++) {
            String assignee = i % 2 == 0 ? "liaison.us" : "liaison.mx";
            assertThat(TestMailServer.to(stories.email(assignee), titles.get(i))).as(titles.get(i)).hasSize(1);
        }
    }

    @Test
    void aReassignedTaskRemindsItsNewAssignee() {
        List<Due> due = dueTasks();
        Due overdueUs = due.stream().filter(task -> task.overdue() && task.assignee().equals("liaison.us"))
                .findFirst().orElseThrow();
        node("node-a").reminders().run();
        long newcomer = jdbc.queryForObject("select id from user_account where username = 'bersin'", Long.class);

        new SignedIn(userDetails).as("pm.us", () -> tasks.reassign(overdueUs.id(),
                tasks.detail(overdueUs.id()).row().version(), newcomer));
        node("node-a").reminders().run();

        assertThat(jdbc.queryForObject("""
                select count(*) from notification where task_id = ? and kind = 'TASK_OVERDUE' and recipient_id = ?""",
                Integer.class, overdueUs.id(), newcomer)).isEqualTo(1);
        assertThat(remindersRecorded(overdueUs)).isEqualTo(1);
    }

    @Test
    void aBatchThatFailsIsLeftForTheNextRunAndTheOthersAreReminded() {
        List<Due> due = dueTasks();
        Due first = due.getFirst();
        Due last = due.getLast();
        long firstAssignee = jdbc.queryForObject("select assignee_id from task where id = ?", Long.class, first.id());
        String poisoned = "reminder:" + first.id() + ":TASK_DUE_SOON:" + jdbc.queryForObject(
                "select due_date from task where id = ?", Date.class, first.id()) + ":" + firstAssignee;
        jdbc.update("""
                insert into mail_message (to_address, language, kind, subject, body, dedup_key, status, attempts,
                    next_attempt_at, created_at) values ('x@example.org', 'en', 'TASK_DUE_SOON', 'taken', 'taken', ?,
                    'SENT', 0, current_timestamp, current_timestamp)""", poisoned);

        node("node-a").reminders().run();

        assertThat(remindersRecorded(first)).as("the failed batch rolled back").isZero();
        assertThat(remindersRecorded(last)).as("a later batch (three tasks each)").isEqualTo(1);
        jdbc.update("delete from mail_message where dedup_key = ?", poisoned);
        node("node-a").reminders().run();
        assertThat(remindersRecorded(first)).as("given at the next run").isEqualTo(1);
    }

    @Test
    void remindersSpeakTheAssigneesLanguageAndLinkTheTask() {
        List<Due> due = dueTasks();
        dispatcher.dispatch();
        node("node-a").reminders().run();
        dispatcher.dispatch();

        Due overdueMx = due.stream().filter(task -> task.overdue() && task.assignee().equals("liaison.mx"))
                .findFirst().orElseThrow();
        var mail = reminderMails(overdueMx).getFirst();
        assertThat(mail.subject()).isEqualTo("[Accord] Tarea vencida: " + overdueMx.title());
        assertThat(mail.body()).contains("/tasks/" + overdueMx.id(), "venció el");
        Due soonUs = due.stream().filter(task -> !task.overdue() && task.assignee().equals("liaison.us"))
                .findFirst().orElseThrow();
        assertThat(reminderMails(soonUs).getFirst().subject()).startsWith("[Accord] Task due on ")
                .endsWith(soonUs.title());
    }

    @Test
    void theScheduleIsOffInTestsAndItsJobsRunUnderTheirLocks() {
        assertThat(context.getBeanNamesForType(NotificationScheduling.class)).isEmpty();

        var schedule = new NotificationScheduling(dataSource, node("node-c").reminders(), dispatcher, digest,
                housekeeping);
        schedule.reminders();
        schedule.dispatch();
        schedule.digest();
        assertThat(jdbc.queryForList("select name from shedlock", String.class))
                .contains(NotificationJobs.REMINDERS, NotificationJobs.DISPATCH, NotificationJobs.DIGEST,
                        NotificationJobs.HOUSEKEEPING);

        var scheduler = new ScheduledAnnotationBeanPostProcessor();
        scheduler.setEmbeddedValueResolver(environment::resolveRequiredPlaceholders);
        var taskScheduler = new ThreadPoolTaskScheduler();
        taskScheduler.initialize();
        try {
            scheduler.setScheduler(taskScheduler);
            scheduler.postProcessAfterInitialization(schedule, "notificationScheduling");
            assertThat(scheduler.getScheduledTasks()).as("cron expressions and delays parse").hasSize(3);
        } finally {
            scheduler.destroy();
            taskScheduler.shutdown();
        }
    }

    private record Due(long id, String title, String assignee, boolean overdue) {
    }

    private record Node(NotificationJobs jobs, TaskReminders reminders, MailDispatcher dispatcher) {
    }

    /** Two due-soon and two overdue tasks, of both parties; their assignment e-mails already out of the way. */
    private List<Due> dueTasks() {
        var due = new ArrayList<Due>();
        for (String assignee : List.of("liaison.us", "liaison.mx")) {
            String soon = NotificationStories.title("Due soon");
            due.add(new Due(stories.assign("pm.us", soon, assignee, 2), soon, assignee, false));
            String late = NotificationStories.title("Overdue");
            long lateId = stories.assign("pm.us", late, assignee, 2);
            jdbc.update("update task set due_date = ? where id = ?", MilestoneStories.TODAY.minusDays(2), lateId);
            due.add(new Due(lateId, late, assignee, true));
        }
        dispatcher.dispatch();
        return due;
    }

    /**
     * A portal node of its own: its own lock provider (in its own name), queue, reminders and dispatcher. Its
     * reminders read three tasks per batch, so that a run spans several batches and transactions.
     */
    private Node node(String name) {
        Clock clock = Clock.systemUTC();
        var notifier = new Notifier(notificationRows, preferenceRows, people, texts,
                new MailQueue(mails, transport, clock), clock);
        var reminders = new TaskReminders(taskReads, notifier, jdbc, transactionManager, 3, 3, clock);
        var nodeDispatcher = new MailDispatcher(mails, transport, transactionManager, "accord@localhost", 50, clock);
        var jobs = new NotificationJobs(NotificationScheduling.lockProvider(dataSource, name), reminders,
                nodeDispatcher, digest, housekeeping);
        return new Node(jobs, reminders, nodeDispatcher);
    }

    private void together(Runnable first, Runnable second) throws Exception {
        var start = new CyclicBarrier(2);
        var one = CompletableFuture.runAsync(() -> awaitThen(start, first), threads);
        var two = CompletableFuture.runAsync(() -> awaitThen(start, second), threads);
        CompletableFuture.allOf(one, two).get(120, TimeUnit.SECONDS);
    }

    private static void awaitThen(CyclicBarrier start, Runnable work) {
        try {
            start.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        work.run();
    }

    private List<TestMailServer.Received> reminderMails(Due task) {
        return TestMailServer.to(stories.email(task.assignee()), task.title()).stream()
                .filter(mail -> !mail.subject().contains("New task") && !mail.subject().contains("Nueva tarea"))
                .toList();
    }

    private int remindersRecorded(Due task) {
        return jdbc.queryForObject("select count(*) from reminder_sent where task_id = ?", Integer.class, task.id());
    }
}
