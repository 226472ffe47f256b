package org.accord.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** A milestone's titles and initiative, read-only: the milestone feature owns the row. */
@Entity(name = "NotificationMilestone")
@Table(name = "milestone")
@Immutable
class MilestoneHeading {

    @Id
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_es", nullable = false)
    private String titleEs;

    protected MilestoneHeading() {
    }

    Long getInitiativeId() {
        return initiativeId;
    }

    String title(String language) {
        return "es".equals(language) ? titleEs : titleEn;
    }
}
