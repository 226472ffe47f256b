package org.accord.notification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.task.DueTask;
import org.accord.task.TaskReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminds assignees of open tasks due within {@code accord.notifications.due-soon-days} days and of overdue ones,
 * once per task, kind and due date whichever node runs it: a {@code reminder_sent} row is written with the
 * notification and its e-mail, in one transaction per batch of tasks, never all tasks in memory at once.
 */
@Component
class TaskReminders {

    static final int BATCH_SIZE = 500;
    private static final Logger LOG = LoggerFactory.getLogger(TaskReminders.class);

    private final TaskReads tasks;
    private final Notifier notifier;
    private final NamedParameterJdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final int dueSoonDays;
    private final int batchSize;
    private final Clock clock;

    @Autowired
    TaskReminders(TaskReads tasks, Notifier notifier, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                  @Value("${accord.notifications.due-soon-days:3}") int dueSoonDays, ObjectProvider<Clock> clock) {
        this(tasks, notifier, jdbc, transactionManager, dueSoonDays, BATCH_SIZE,
                clock.getIfAvailable(Clock::systemUTC));
    }

    TaskReminders(TaskReads tasks, Notifier notifier, JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                  int dueSoonDays, int batchSize, Clock clock) {
        this.tasks = tasks;
        this.notifier = notifier;
        this.jdbc = new NamedParameterJdbcTemplate(jdbc);
        this.transactions = new TransactionTemplate(transactionManager);
        this.dueSoonDays = dueSoonDays;
        this.batchSize = batchSize;
        this.clock = clock;
    }

    /**
     * Gives the reminders not given yet; returns how many this run gave. A batch that fails is left for the next
     * run (its records roll back with it) and the run goes on with the next one.
     */
    int run() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate until = today.plusDays(dueSoonDays);
        long afterId = 0;
        int given = 0;
        while (true) {
            List<DueTask> due = tasks.openDueBy(until, afterId, batchSize);
            if (due.isEmpty()) {
                return given;
            }
            try {
                Integer batch = transactions.execute(status -> remind(today, due));
                given += batch == null ? 0 : batch;
            } catch (RuntimeException failed) {
                LOG.error("Reminders for tasks {} to {} failed; the next run tries them again", due.getFirst().id(),
                        due.getLast().id(), failed);
            }
            afterId = due.getLast().id();
            if (due.size() < batchSize) {
                return given;
            }
        }
    }

    private int remind(LocalDate today, List<DueTask> due) {
        Set<String> given = alreadyGiven(due);
        var deliveries = new ArrayList<Delivery>();
        for (DueTask task : due) {
            NotificationKind kind = task.dueDate().isBefore(today) ? NotificationKind.TASK_OVERDUE
                    : NotificationKind.TASK_DUE_SOON;
            String key = key(task.id(), kind, task.dueDate());
            if (!given.contains(key) && record(task, kind)) {
                deliveries.add(new Delivery(task.assigneeId(), notice(task, kind),
                        "reminder:" + key + ":" + task.assigneeId()));
            }
        }
        notifier.deliver(deliveries);
        return deliveries.size();
    }

    private Set<String> alreadyGiven(List<DueTask> due) {
        var ids = due.stream().map(DueTask::id).toList();
        var keys = new HashSet<String>();
        jdbc.query("select task_id, kind, due_date from reminder_sent where task_id in (:ids)",
                Map.of("ids", ids), row -> {
                    keys.add(key(row.getLong(1), NotificationKind.valueOf(row.getString(2)),
                            row.getDate(3).toLocalDate()));
                });
        return keys;
    }

    /**
     * Writes the reminder's row; false when another node wrote it first (or still holds it: then it is not recorded
     * here and a later run gives it if that node's transaction did not).
     */
    private boolean record(DueTask task, NotificationKind kind) {
        try {
            jdbc.update("insert into reminder_sent (task_id, kind, due_date, sent_at) values (:task, :kind, :due, :at)",
                    Map.of("task", task.id(), "kind", kind.name(), "due", Date.valueOf(task.dueDate()),
                            "at", Timestamp.from(clock.instant())));
            return true;
        } catch (DataIntegrityViolationException | ConcurrencyFailureException alreadySent) {
            LOG.debug("Reminder {} {} already given by another node", task.id(), kind);
            return false;
        }
    }

    private static String key(long taskId, NotificationKind kind, LocalDate dueDate) {
        return taskId + ":" + kind.name() + ":" + dueDate;
    }

    private static Notice notice(DueTask task, NotificationKind kind) {
        return new Notice(kind, task.id(), null, task.initiativeId(), task.title(), task.dueDate().toString(), null,
                task.initiativeCode(), task.dueDate(), null, Notice.taskPath(task.id()));
    }
}
