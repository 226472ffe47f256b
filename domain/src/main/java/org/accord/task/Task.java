package org.accord.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.accord.audit.FieldChange;
import org.accord.initiative.Priority;

/** Who must do what by when, on an initiative and optionally for one of its milestones. */
@Entity
@Table(name = "task")
class Task {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "initiative_id", updatable = false)
    private TaskInitiative initiative;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "milestone_id")
    private TaskMilestone milestone;

    @Column(nullable = false, length = 300)
    private String title;

    @Column(length = 4000)
    private String description;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "assignee_id")
    private TaskPerson assignee;

    @Column(name = "party_id", nullable = false, updatable = false)
    private Long partyId;

    @Column(nullable = false)
    private boolean internal;

    @Column(name = "assigned_by", nullable = false, length = 60)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    @Column(name = "due_date", nullable = false)
    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TaskStatus status = TaskStatus.OPEN;

    @Column(name = "blocked_reason", length = 1000)
    private String blockedReason;

    @Column(name = "completion_note", length = 4000)
    private String completionNote;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Version
    private long version;

    protected Task() {
    }

    Task(TaskInitiative initiative, long partyId, boolean internal, String assignedBy, Instant assignedAt) {
        this.initiative = initiative;
        this.partyId = partyId;
        this.internal = internal;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    /** Takes the draft's fields (but the assignee) and says what changed. */
    List<FieldChange> apply(TaskDraft draft, TaskMilestone newMilestone) {
        var changes = new ArrayList<FieldChange>();
        changes.add(FieldChange.of("title", title, draft.getTitle().strip()));
        changes.add(FieldChange.of("description", description, draft.cleanDescription()));
        changes.add(FieldChange.of("milestone", milestone == null ? null : milestone.getTitleEn(),
                newMilestone == null ? null : newMilestone.getTitleEn()));
        changes.add(FieldChange.of("dueDate", dueDate, draft.getDueDate()));
        changes.add(FieldChange.of("priority", priority, draft.getPriority()));
        title = draft.getTitle().strip();
        description = draft.cleanDescription();
        milestone = newMilestone;
        dueDate = draft.getDueDate();
        priority = draft.getPriority();
        return changes;
    }

    /** Hands the task to someone else; the change names both people. */
    FieldChange assignTo(TaskPerson person, String by, Instant at) {
        var change = FieldChange.of("assignee", assignee == null ? null : assignee.getDisplayName(),
                person.getDisplayName());
        if (assignee == null || !Objects.equals(assignee.getId(), person.getId())) {
            assignee = person;
            assignedBy = by;
            assignedAt = at;
        }
        return change;
    }

    List<FieldChange> moveTo(TaskStatus next, String reason, String note, Instant at) {
        var changes = new ArrayList<FieldChange>();
        changes.add(FieldChange.of("status", status, next));
        String nextReason = next == TaskStatus.BLOCKED ? reason : null;
        String nextNote = next == TaskStatus.DONE ? note : null;
        changes.add(FieldChange.of("blockedReason", blockedReason, nextReason));
        changes.add(FieldChange.of("completionNote", completionNote, nextNote));
        if (next.isClosed() && !status.isClosed()) {
            closedAt = at;
        } else if (!next.isClosed()) {
            closedAt = null;
        }
        status = next;
        blockedReason = nextReason;
        completionNote = nextNote;
        return changes;
    }

    boolean isOverdue(LocalDate today) {
        return isOverdue(status, dueDate, today);
    }

    static boolean isOverdue(TaskStatus status, LocalDate dueDate, LocalDate today) {
        return !status.isClosed() && dueDate.isBefore(today);
    }

    /** Whether a person of {@code viewerPartyId} may see the task: internal tasks stay within their party. */
    boolean isVisibleTo(long viewerPartyId) {
        return !internal || partyId == viewerPartyId;
    }

    TaskRow row(LocalDate today, String partyCode, String agencyCode) {
        return new TaskRow(id, title, initiative.getId(), initiative.getCode(), initiative.getTitleEn(),
                initiative.getTitleEs(), milestone == null ? null : milestone.getId(),
                milestone == null ? null : milestone.getTitleEn(), milestone == null ? null : milestone.getTitleEs(),
                assignee.getId(), assignee.getDisplayName(), partyCode, agencyCode, dueDate, priority, status,
                isOverdue(today), internal, version);
    }

    Long getId() {
        return id;
    }

    TaskInitiative getInitiative() {
        return initiative;
    }

    TaskMilestone getMilestone() {
        return milestone;
    }

    String getTitle() {
        return title;
    }

    String getDescription() {
        return description;
    }

    TaskPerson getAssignee() {
        return assignee;
    }

    long getPartyId() {
        return partyId;
    }

    boolean isInternal() {
        return internal;
    }

    String getAssignedBy() {
        return assignedBy;
    }

    Instant getAssignedAt() {
        return assignedAt;
    }

    LocalDate getDueDate() {
        return dueDate;
    }

    Priority getPriority() {
        return priority;
    }

    TaskStatus getStatus() {
        return status;
    }

    String getBlockedReason() {
        return blockedReason;
    }

    String getCompletionNote() {
        return completionNote;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    long getVersion() {
        return version;
    }
}
