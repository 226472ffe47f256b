package org.accord.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** What tasks read of their initiative, read-only: the initiative feature owns and writes the row. */
@Entity(name = "TaskInitiative")
@Table(name = "initiative")
@Immutable
class TaskInitiative {

    @Id
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_es", nullable = false)
    private String titleEs;

    @Column(nullable = false)
    private String status;

    protected TaskInitiative() {
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    String getTitleEn() {
        return titleEn;
    }

    String getTitleEs() {
        return titleEs;
    }

    boolean isCancelled() {
        return "CANCELLED".equals(status);
    }
}
