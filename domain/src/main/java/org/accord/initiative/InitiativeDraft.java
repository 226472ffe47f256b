package org.accord.initiative;

import static org.accord.shared.TypedText.blankToNull;
import static org.accord.shared.TypedText.stripped;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.accord.shared.PlainText;
import org.accord.shared.VisibleText;

/**
 * An initiative being created or edited by a program manager. Lead agencies and leads are given per
 * party code; {@link InitiativePortfolio#save} checks them against the people and agencies of that party.
 */
public class InitiativeDraft {

    private Long id;
    private long version;

    @VisibleText(message = "{initiative.code.required}")
    @Size(max = 30, message = "{initiative.code.too-long}")
    @Pattern(regexp = "^[A-Za-z0-9._-]*$", message = "{agreement.code.pattern}")
    private String code = "";

    @VisibleText(message = "{title.required}")
    @Size(max = 300, message = "{title.too-long}")
    @PlainText
    private String titleEn = "";

    @VisibleText(message = "{title.required}")
    @Size(max = 300, message = "{title.too-long}")
    @PlainText
    private String titleEs = "";

    @Size(max = 4000, message = "{text.at-most.4000}")
    @PlainText(multiLine = true)
    private String descriptionEn;

    @Size(max = 4000, message = "{text.at-most.4000}")
    @PlainText(multiLine = true)
    private String descriptionEs;

    @NotEmpty(message = "{initiative.commitments.required}")
    private Set<Long> commitmentIds = new HashSet<>();

    private Map<String, Long> leadAgencyIds = new LinkedHashMap<>();

    private Map<String, Long> leadIds = new LinkedHashMap<>();

    @NotNull(message = "{initiative.status.required}")
    private InitiativeStatus status = InitiativeStatus.PROPOSED;

    @NotNull(message = "{initiative.health.required}")
    private Health health = Health.GREEN;

    @Size(max = 1000, message = "{initiative.reason.too-long}")
    @PlainText(multiLine = true)
    private String healthReason;

    private LocalDate startDate;

    private LocalDate targetEndDate;

    @NotNull(message = "{initiative.priority.required}")
    private Priority priority = Priority.MEDIUM;

    public Long getId() {
        return id;
    }

    void setId(Long id) {
        this.id = id;
    }

    public long getVersion() {
        return version;
    }

    void setVersion(long version) {
        this.version = version;
    }

    public boolean isNew() {
        return id == null;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = stripped(code);
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = stripped(titleEn);
    }

    public String getTitleEs() {
        return titleEs;
    }

    public void setTitleEs(String titleEs) {
        this.titleEs = stripped(titleEs);
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = blankToNull(descriptionEn);
    }

    public String getDescriptionEs() {
        return descriptionEs;
    }

    public void setDescriptionEs(String descriptionEs) {
        this.descriptionEs = blankToNull(descriptionEs);
    }

    public Set<Long> getCommitmentIds() {
        return commitmentIds;
    }

    public void setCommitmentIds(Set<Long> commitmentIds) {
        this.commitmentIds = commitmentIds == null ? new HashSet<>() : new HashSet<>(commitmentIds);
    }

    /** Party code to the id of that party's lead agency. */
    public Map<String, Long> getLeadAgencyIds() {
        return leadAgencyIds;
    }

    public void setLeadAgencyIds(Map<String, Long> leadAgencyIds) {
        this.leadAgencyIds = new LinkedHashMap<>(leadAgencyIds);
    }

    /** Party code to the user id of that party's oversight lead. */
    public Map<String, Long> getLeadIds() {
        return leadIds;
    }

    public void setLeadIds(Map<String, Long> leadIds) {
        this.leadIds = new LinkedHashMap<>(leadIds);
    }

    public InitiativeStatus getStatus() {
        return status;
    }

    public void setStatus(InitiativeStatus status) {
        this.status = status;
    }

    public Health getHealth() {
        return health;
    }

    public void setHealth(Health health) {
        this.health = health;
    }

    public String getHealthReason() {
        return healthReason;
    }

    public void setHealthReason(String healthReason) {
        this.healthReason = blankToNull(healthReason);
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getTargetEndDate() {
        return targetEndDate;
    }

    public void setTargetEndDate(LocalDate targetEndDate) {
        this.targetEndDate = targetEndDate;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }
}
