package org.accord.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One in-app notification for one person. */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "recipient_id", nullable = false, updatable = false)
    private Long recipientId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30, updatable = false)
    private NotificationKind kind;

    @Column(name = "task_id", updatable = false)
    private Long taskId;

    @Column(name = "milestone_id", updatable = false)
    private Long milestoneId;

    @Column(name = "initiative_id", updatable = false)
    private Long initiativeId;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(length = 300, updatable = false)
    private String detail;

    @Column(length = 120, updatable = false)
    private String actor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected Notification() {
    }

    Notification(long recipientId, Notice notice, Instant createdAt) {
        this.recipientId = recipientId;
        this.kind = notice.kind();
        this.taskId = notice.taskId();
        this.milestoneId = notice.milestoneId();
        this.initiativeId = notice.initiativeId();
        this.subject = Texts.cut(notice.subject(), 300);
        this.detail = Texts.cut(notice.detail(), 300);
        this.actor = Texts.cut(notice.actor(), 120);
        this.createdAt = createdAt;
    }

    NotificationView view() {
        return new NotificationView(id, kind, taskId, milestoneId, initiativeId, subject, detail, actor, createdAt,
                readAt != null);
    }

    /** The notice again, for a digest line: dates and status back from {@code detail}, the link from the ids. */
    Notice notice(String initiativeCode) {
        LocalDate date = switch (kind) {
            case TASK_DUE_SOON, TASK_OVERDUE, MILESTONE_SLIPPED -> LocalDate.parse(detail);
            default -> null;
        };
        String extra = kind == NotificationKind.TASK_STATUS_CHANGED || kind == NotificationKind.REPORT_ISSUED
                ? detail : null;
        String path = kind == NotificationKind.REPORT_ISSUED ? Notice.REPORTS_PATH
                : taskId != null ? Notice.taskPath(taskId) : Notice.initiativePath(initiativeId);
        return new Notice(kind, taskId, milestoneId, initiativeId, subject, detail, actor, initiativeCode, date, extra,
                path);
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    Long getId() {
        return id;
    }

    Long getRecipientId() {
        return recipientId;
    }

    NotificationKind getKind() {
        return kind;
    }

    Long getInitiativeId() {
        return initiativeId;
    }

    Instant getCreatedAt() {
        return createdAt;
    }
}
