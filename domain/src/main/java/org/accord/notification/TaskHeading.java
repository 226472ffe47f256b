package org.accord.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** What notifications read of a task beyond its events, read-only: the task feature owns the row. */
@Entity(name = "NotificationTask")
@Table(name = "task")
@Immutable
class TaskHeading {

    @Id
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(name = "assigned_by", nullable = false)
    private String assignedBy;

    protected TaskHeading() {
    }

    Long getInitiativeId() {
        return initiativeId;
    }

    String getAssignedBy() {
        return assignedBy;
    }
}
