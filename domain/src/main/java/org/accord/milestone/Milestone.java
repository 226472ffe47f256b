package org.accord.milestone;

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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.audit.FieldChange;
import org.accord.shared.TypedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A dated deliverable of an initiative. */
@Entity
@Table(name = "milestone")
class Milestone {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "initiative_id", nullable = false, updatable = false)
    private InitiativeHeading initiative;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "title_es", nullable = false, length = 300)
    private String titleEs;

    @Column(length = 4000)
    private String description;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "owner_side", nullable = false, length = 10)
    private OwnerSide ownerSide;

    @Column(name = "baseline_date", nullable = false)
    private LocalDate baselineDate;

    @Column(name = "forecast_date")
    private LocalDate forecastDate;

    /** The forecast, else the baseline: kept with every change, for the list's due and overdue filters. */
    @Column(name = "expected_date")
    private LocalDate expectedDate;

    @Column(name = "actual_date")
    private LocalDate actualDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MilestoneStatus status = MilestoneStatus.PLANNED;

    @Column(nullable = false)
    private int weight = 1;

    @Version
    private long version;

    protected Milestone() {
    }

    Milestone(InitiativeHeading initiative, LocalDate baselineDate) {
        this.initiative = initiative;
        this.baselineDate = baselineDate;
        expect();
    }

    /** Title, description, owner, forecast and weight from the draft; returns what changed. */
    List<FieldChange> apply(MilestoneDraft draft) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("titleEn", titleEn, titleEn = draft.getTitleEn().strip()));
        changes.add(FieldChange.of("titleEs", titleEs, titleEs = draft.getTitleEs().strip()));
        String newDescription = TypedText.blankToNull(draft.getDescription());
        changes.add(FieldChange.of("description", description, description = newDescription));
        changes.add(FieldChange.of("ownerSide", ownerSide, ownerSide = draft.getOwnerSide()));
        changes.add(FieldChange.of("forecastDate", forecastDate, forecastDate = draft.getForecastDate()));
        changes.add(FieldChange.of("weight", weight, weight = draft.getWeight()));
        expect();
        return changes.stream().filter(FieldChange::isChange).toList();
    }

    List<FieldChange> rebaseline(LocalDate newBaseline) {
        var change = FieldChange.of("baselineDate", baselineDate, newBaseline);
        baselineDate = newBaseline;
        expect();
        return change.isChange() ? List.of(change) : List.of();
    }

    List<FieldChange> progress(MilestoneStatus newStatus, LocalDate newForecast, LocalDate newActual) {
        List<FieldChange> changes = new ArrayList<>();
        changes.add(FieldChange.of("status", status, status = newStatus));
        changes.add(FieldChange.of("forecastDate", forecastDate, forecastDate = newForecast));
        changes.add(FieldChange.of("actualDate", actualDate, actualDate = newActual));
        expect();
        return changes.stream().filter(FieldChange::isChange).toList();
    }

    private void expect() {
        expectedDate = forecastDate != null ? forecastDate : baselineDate;
    }

    Schedule schedule(LocalDate today) {
        return Schedule.of(baselineDate, forecastDate, actualDate, status, today);
    }

    MilestoneRow row(LocalDate today) {
        Schedule schedule = schedule(today);
        return new MilestoneRow(id, version, initiative.getId(), initiative.getCode(), titleEn, titleEs, description,
                ownerSide, baselineDate, forecastDate, actualDate, status, weight, schedule.slippageDays(),
                schedule.state());
    }

    Long getId() {
        return id;
    }

    long getVersion() {
        return version;
    }

    InitiativeHeading getInitiative() {
        return initiative;
    }

    LocalDate getBaselineDate() {
        return baselineDate;
    }

    MilestoneStatus getStatus() {
        return status;
    }

    int getWeight() {
        return weight;
    }
}
