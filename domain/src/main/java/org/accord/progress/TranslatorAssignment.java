package org.accord.progress;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Who was asked to translate a submitted update, and the task they were given for it. */
@Entity
@Table(name = "progress_update_translator")
class TranslatorAssignment {

    @Id
    @Column(name = "update_id")
    private Long updateId;

    @Column(name = "translator_id", nullable = false)
    private long translatorId;

    @Column(name = "task_id")
    private Long taskId;

    @Column(name = "assigned_by", nullable = false, length = 60)
    private String assignedBy;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected TranslatorAssignment() {
    }

    TranslatorAssignment(long updateId) {
        this.updateId = updateId;
    }

    void assign(long translatorId, Long taskId, String by, Instant at) {
        this.translatorId = translatorId;
        this.taskId = taskId;
        this.assignedBy = by;
        this.assignedAt = at;
    }

    Long getUpdateId() {
        return updateId;
    }

    long getTranslatorId() {
        return translatorId;
    }

    Long getTaskId() {
        return taskId;
    }
}
