package org.accord.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.accord.shared.CheckedEvidence;
import org.accord.shared.StoredEvidence;

/** A file that shows a task was done, kept in the database. */
@Entity
@Table(name = "task_evidence")
class TaskEvidence extends StoredEvidence {

    @Column(name = "task_id", nullable = false, updatable = false)
    private Long taskId;

    protected TaskEvidence() {
    }

    TaskEvidence(long taskId, CheckedEvidence file, String uploadedBy, Instant uploadedAt) {
        super(file, uploadedBy, uploadedAt);
        this.taskId = taskId;
    }

    Long getTaskId() {
        return taskId;
    }
}
