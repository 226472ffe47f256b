package org.accord.initiative;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.audit.FieldChange;
import org.hibernate.annotations.BatchSize;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Work that implements one or more commitments, led by one oversight lead per party. */
@Entity
@Table(name = "initiative")
class Initiative {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "title_es", nullable = false, length = 300)
    private String titleEs;

    @Column(name = "description_en", length = 4000)
    private String descriptionEn;

    @Column(name = "description_es", length = 4000)
    private String descriptionEs;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private InitiativeStatus status = InitiativeStatus.PROPOSED;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Health health = Health.GREEN;

    @Column(name = "health_reason", length = 1000)
    private String healthReason;

    @Column(name = "start_date")
    private LocalDate startDate;

    @Column(name = "target_end_date")
    private LocalDate targetEndDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private Priority priority = Priority.MEDIUM;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_commitment", joinColumns = @JoinColumn(name = "initiative_id"))
    @Column(name = "commitment_id")
    @BatchSize(size = 100)
    private Set<Long> commitmentIds = new HashSet<>();

    /** Party id to the id of that party's lead agency. */
    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "initiative_lead_agency", joinColumns = @JoinColumn(name = "initiative_id"))
    @MapKeyColumn(name = "party_id")
    @Column(name = "agency_id")
    @BatchSize(size = 100)
    private Map<Long, Long> leadAgencyIds = new HashMap<>();

    @Version
    private long version;

    Initiative() {
    }

    /**
     * Applies everything a program manager edits; returns what changed, with commitments and lead
     * agencies described by {@code describe} (codes, not ids) for the history.
     */
    List<FieldChange> apply(InitiativeDraft draft, Map<Long, Long> newLeadAgencyIds, Describer describe) {
        var changes = new ArrayList<>(List.of(
                FieldChange.of("code", code, draft.getCode()),
                FieldChange.of("titleEn", titleEn, draft.getTitleEn()),
                FieldChange.of("titleEs", titleEs, draft.getTitleEs()),
                FieldChange.of("descriptionEn", descriptionEn, draft.getDescriptionEn()),
                FieldChange.of("descriptionEs", descriptionEs, draft.getDescriptionEs()),
                FieldChange.of("startDate", startDate, draft.getStartDate()),
                FieldChange.of("targetEndDate", targetEndDate, draft.getTargetEndDate()),
                FieldChange.of("priority", priority, draft.getPriority()),
                FieldChange.of("commitments", describe.commitments(commitmentIds),
                        describe.commitments(draft.getCommitmentIds())),
                FieldChange.of("leadAgencies", describe.leadAgencies(leadAgencyIds),
                        describe.leadAgencies(newLeadAgencyIds))));
        code = draft.getCode();
        titleEn = draft.getTitleEn();
        titleEs = draft.getTitleEs();
        descriptionEn = draft.getDescriptionEn();
        descriptionEs = draft.getDescriptionEs();
        startDate = draft.getStartDate();
        targetEndDate = draft.getTargetEndDate();
        priority = draft.getPriority();
        commitmentIds.clear();
        commitmentIds.addAll(draft.getCommitmentIds());
        leadAgencyIds.clear();
        leadAgencyIds.putAll(newLeadAgencyIds);
        changes.addAll(progress(draft.getStatus(), draft.getHealth(), draft.getHealthReason()));
        return changes;
    }

    /** What an oversight lead may change: status and health. */
    List<FieldChange> progress(InitiativeStatus newStatus, Health newHealth, String newReason) {
        String reason = newHealth.needsReason() ? newReason : null;
        var changes = List.of(
                FieldChange.of("status", status, newStatus),
                FieldChange.of("health", health, newHealth),
                FieldChange.of("healthReason", healthReason, reason));
        status = newStatus;
        health = newHealth;
        healthReason = reason;
        return changes;
    }

    /** Turns ids into what people read in the history. */
    interface Describer {
        String commitments(Set<Long> commitmentIds);

        String leadAgencies(Map<Long, Long> leadAgencyIdsByParty);
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

    String getDescriptionEn() {
        return descriptionEn;
    }

    String getDescriptionEs() {
        return descriptionEs;
    }

    InitiativeStatus getStatus() {
        return status;
    }

    Health getHealth() {
        return health;
    }

    String getHealthReason() {
        return healthReason;
    }

    LocalDate getStartDate() {
        return startDate;
    }

    LocalDate getTargetEndDate() {
        return targetEndDate;
    }

    Priority getPriority() {
        return priority;
    }

    Set<Long> getCommitmentIds() {
        return commitmentIds;
    }

    Map<Long, Long> getLeadAgencyIds() {
        return leadAgencyIds;
    }

    long getVersion() {
        return version;
    }
}
