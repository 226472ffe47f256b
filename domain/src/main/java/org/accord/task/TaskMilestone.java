package org.accord.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** What tasks read of the milestone they are for, read-only. */
@Entity(name = "TaskMilestone")
@Table(name = "milestone")
@Immutable
class TaskMilestone {

    @Id
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_es", nullable = false)
    private String titleEs;

    protected TaskMilestone() {
    }

    Long getId() {
        return id;
    }

    Long getInitiativeId() {
        return initiativeId;
    }

    String getTitleEn() {
        return titleEn;
    }

    String getTitleEs() {
        return titleEs;
    }
}
