package org.accord.milestone;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** What milestones read of their initiative, read-only: the initiative feature owns and writes the row. */
@Entity(name = "MilestoneInitiative")
@Table(name = "initiative")
@Immutable
class InitiativeHeading {

    @Id
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "start_date")
    private LocalDate startDate;

    protected InitiativeHeading() {
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }

    LocalDate getStartDate() {
        return startDate;
    }
}
