package org.accord.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.accord.task.TaskAssigned;
import org.accord.task.TaskCommented;
import org.accord.task.TaskStatusChanged;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Tells people about their tasks, synchronously in the transaction that changed the task, so that the change and
 * its notifications and e-mails are saved together or not at all. Nobody is told about what they did themselves.
 */
@Component
class TaskNotifications {

    private final Notifier notifier;
    private final TaskHeadingRepository tasks;
    private final JdbcTemplate jdbc;

    TaskNotifications(Notifier notifier, TaskHeadingRepository tasks, JdbcTemplate jdbc) {
        this.notifier = notifier;
        this.tasks = tasks;
        this.jdbc = jdbc;
    }

    /**
     * The new assignee is told; on reassignment the previous one too, and the reminders the previous one had are
     * forgotten, so that the new assignee gets theirs at the next run.
     */
    @EventListener
    void assigned(TaskAssigned event) {
        var actor = notifier.person(event.assignedBy());
        Long actorId = actor.map(Recipient::getId).orElse(null);
        String actorName = actor.map(Recipient::getDisplayName).orElse(event.assignedBy());
        var deliveries = new ArrayList<Delivery>();
        if (!Objects.equals(event.assigneeId(), actorId)) {
            deliveries.add(new Delivery(event.assigneeId(), notice(NotificationKind.TASK_ASSIGNED, event, actorName)));
        }
        Long previous = event.previousAssigneeId();
        if (previous != null && previous != event.assigneeId() && !previous.equals(actorId)) {
            deliveries.add(new Delivery(previous, notice(NotificationKind.TASK_UNASSIGNED, event, actorName)));
        }
        if (previous != null) {
            jdbc.update("delete from reminder_sent where task_id = ?", event.taskId());
        }
        notifier.deliver(deliveries);
    }

    /**
     * The assignee and the person who assigned the task are told, never the author; an internal comment reaches
     * only people of the author's party.
     */
    @EventListener
    void commented(TaskCommented event) {
        var task = tasks.findById(event.taskId()).orElseThrow();
        var author = notifier.person(event.author());
        Set<Long> candidates = new LinkedHashSet<>();
        candidates.add(event.assigneeId());
        notifier.person(task.getAssignedBy()).ifPresent(assigner -> candidates.add(assigner.getId()));
        author.ifPresent(a -> candidates.remove(a.getId()));
        Map<Long, Recipient> people = notifier.people(candidates);
        String actorName = author.map(Recipient::getDisplayName).orElse(event.author());
        var notice = new Notice(NotificationKind.TASK_COMMENTED, event.taskId(), null, task.getInitiativeId(),
                event.title(), event.initiativeCode(), actorName, event.initiativeCode(), null, null,
                Notice.taskPath(event.taskId()));
        List<Delivery> deliveries = candidates.stream()
                .filter(people::containsKey)
                .filter(id -> !event.internal() || people.get(id).getPartyId() == event.authorPartyId())
                .map(id -> new Delivery(id, notice))
                .toList();
        notifier.deliver(deliveries);
    }

    /** The person who assigned the task is told when the assignee moves it. */
    @EventListener
    void statusChanged(TaskStatusChanged event) {
        var changer = notifier.person(event.changedBy());
        if (changer.isEmpty() || changer.get().getId() != event.assigneeId()
                || event.changedBy().equals(event.assignedBy())) {
            return;
        }
        notifier.person(event.assignedBy()).ifPresent(assigner -> {
            var task = tasks.findById(event.taskId()).orElseThrow();
            var notice = new Notice(NotificationKind.TASK_STATUS_CHANGED, event.taskId(), null, task.getInitiativeId(),
                    event.title(), event.after().name(), changer.get().getDisplayName(), event.initiativeCode(), null,
                    event.after().name(), Notice.taskPath(event.taskId()));
            notifier.deliver(List.of(new Delivery(assigner.getId(), notice)));
        });
    }

    private static Notice notice(NotificationKind kind, TaskAssigned event, String actorName) {
        return new Notice(kind, event.taskId(), null, event.initiativeId(), event.title(), event.initiativeCode(),
                actorName, event.initiativeCode(), event.dueDate(), null, Notice.taskPath(event.taskId()));
    }
}
