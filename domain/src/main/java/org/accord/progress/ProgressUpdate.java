package org.accord.progress;

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
import java.time.Instant;
import org.accord.initiative.Health;
import org.accord.people.Language;
import org.accord.shared.TypedText;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One party's progress update of an initiative for a reporting period. */
@Entity
@Table(name = "progress_update")
class ProgressUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Column(name = "initiative_id", nullable = false)
    private long initiativeId;

    @Column(name = "party_id", nullable = false)
    private long partyId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 5)
    private Language language;

    @Column(length = 4000)
    private String accomplishments;

    @Column(name = "next_steps", length = 4000)
    private String nextSteps;

    @Column(name = "risks_and_issues", length = 4000)
    private String risksAndIssues;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "proposed_health", length = 10)
    private Health proposedHealth;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 10)
    private UpdateState state = UpdateState.DRAFT;

    @Column(nullable = false)
    private boolean locked;

    @Column(name = "return_comment", length = 2000)
    private String returnComment;

    @Column(name = "submitted_by", length = 60)
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by", length = 60)
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected ProgressUpdate() {
    }

    ProgressUpdate(ReportingPeriod period, long initiativeId, long partyId, Language language) {
        this.period = period;
        this.initiativeId = initiativeId;
        this.partyId = partyId;
        this.language = language;
    }

    boolean isEditable() {
        return !locked && (state == UpdateState.DRAFT || state == UpdateState.RETURNED);
    }

    void write(ProgressUpdateDraft draft) {
        accomplishments = TypedText.blankToNull(draft.getAccomplishments());
        nextSteps = TypedText.blankToNull(draft.getNextSteps());
        risksAndIssues = TypedText.blankToNull(draft.getRisksAndIssues());
        proposedHealth = draft.getProposedHealth();
    }

    void writtenIn(Language language) {
        this.language = language;
    }

    void submit(String by, Instant at) {
        state = UpdateState.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    void returnWith(String comment, String by, Instant at) {
        state = UpdateState.RETURNED;
        returnComment = comment;
        decidedBy = by;
        decidedAt = at;
    }

    void approve(String by, Instant at) {
        state = UpdateState.APPROVED;
        locked = true;
        decidedBy = by;
        decidedAt = at;
    }

    Long getId() {
        return id;
    }

    ReportingPeriod getPeriod() {
        return period;
    }

    long getInitiativeId() {
        return initiativeId;
    }

    long getPartyId() {
        return partyId;
    }

    /** Null only for updates stored without one, which are read as written in their country's language. */
    Language getLanguage() {
        return language;
    }

    String getAccomplishments() {
        return accomplishments;
    }

    String getNextSteps() {
        return nextSteps;
    }

    String getRisksAndIssues() {
        return risksAndIssues;
    }

    Health getProposedHealth() {
        return proposedHealth;
    }

    UpdateState getState() {
        return state;
    }

    boolean isLocked() {
        return locked;
    }

    String getReturnComment() {
        return returnComment;
    }

    String getSubmittedBy() {
        return submittedBy;
    }

    Instant getSubmittedAt() {
        return submittedAt;
    }

    String getDecidedBy() {
        return decidedBy;
    }

    Instant getDecidedAt() {
        return decidedAt;
    }

    long getVersion() {
        return version;
    }
}
