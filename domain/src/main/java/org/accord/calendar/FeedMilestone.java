package org.accord.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.accord.people.Language;
import org.hibernate.annotations.Immutable;

/** A milestone as a calendar shows it, read-only: the milestone feature owns the row. */
@Entity(name = "FeedMilestone")
@Table(name = "milestone")
@Immutable
class FeedMilestone {

    @Id
    private Long id;

    @Column(name = "initiative_id", nullable = false)
    private Long initiativeId;

    @Column(name = "title_en", nullable = false)
    private String titleEn;

    @Column(name = "title_es", nullable = false)
    private String titleEs;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "forecast_date")
    private LocalDate forecastDate;

    @Column(nullable = false, length = 20)
    private String status;

    protected FeedMilestone() {
    }

    Long getId() {
        return id;
    }

    Long getInitiativeId() {
        return initiativeId;
    }

    String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }

    /** The forecast when there is one, else the baseline. */
    LocalDate expectedDate() {
        return forecastDate != null ? forecastDate : baselineDate;
    }
}
