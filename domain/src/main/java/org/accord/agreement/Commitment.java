package org.accord.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.List;
import org.accord.audit.FieldChange;

/** A numbered goal or clause of an agreement, e.g. the Declaration's goal 2, enforcement of customs laws. */
@Entity
@Table(name = "commitment")
class Commitment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(nullable = false)
    private int number;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "title_es", nullable = false, length = 300)
    private String titleEs;

    @Column(name = "description_en", length = 2000)
    private String descriptionEn;

    @Column(name = "description_es", length = 2000)
    private String descriptionEs;

    @Version
    private long version;

    protected Commitment() {
    }

    Commitment(Agreement agreement) {
        this.agreement = agreement;
    }

    List<FieldChange> apply(CommitmentDraft draft) {
        var changes = List.of(
                FieldChange.of("number", id == null ? null : number, draft.getNumber()),
                FieldChange.of("titleEn", titleEn, draft.getTitleEn()),
                FieldChange.of("titleEs", titleEs, draft.getTitleEs()),
                FieldChange.of("descriptionEn", descriptionEn, draft.getDescriptionEn()),
                FieldChange.of("descriptionEs", descriptionEs, draft.getDescriptionEs()));
        number = draft.getNumber();
        titleEn = draft.getTitleEn();
        titleEs = draft.getTitleEs();
        descriptionEn = draft.getDescriptionEn();
        descriptionEs = draft.getDescriptionEs();
        return changes;
    }

    CommitmentRef ref() {
        return new CommitmentRef(id, agreement.getId(), agreement.getCode(), number, titleEn, titleEs);
    }

    CommitmentDraft draft() {
        var draft = new CommitmentDraft();
        draft.setId(id);
        draft.setVersion(version);
        draft.setNumber(number);
        draft.setTitleEn(titleEn);
        draft.setTitleEs(titleEs);
        draft.setDescriptionEn(descriptionEn);
        draft.setDescriptionEs(descriptionEs);
        return draft;
    }

    Long getId() {
        return id;
    }

    Agreement getAgreement() {
        return agreement;
    }

    int getNumber() {
        return number;
    }

    long getVersion() {
        return version;
    }
}
