package org.accord.agreement;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.accord.audit.FieldChange;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A signed instrument: a declaration, an interconnection agreement, a joint statement, a pilot... */
@Entity
@Table(name = "agreement")
class Agreement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    @Column(name = "title_en", nullable = false, length = 300)
    private String titleEn;

    @Column(name = "title_es", nullable = false, length = 300)
    private String titleEs;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 40)
    private AgreementKind kind;

    @Column(name = "signed_on")
    private LocalDate signedOn;

    @Column(name = "signed_place", length = 200)
    private String signedPlace;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private AgreementStatus status;

    @Column(name = "summary_en", length = 4000)
    private String summaryEn;

    @Column(name = "summary_es", length = 4000)
    private String summaryEs;

    @Column(length = 500)
    private String link;

    @OneToMany(mappedBy = "agreement", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Signatory> signatories = new ArrayList<>();

    @OneToMany(mappedBy = "agreement")
    @OrderBy("number")
    private List<Commitment> commitments = new ArrayList<>();

    @Version
    private long version;

    /** A new agreement gets all its fields, the code too, from {@link #apply}, so that its history starts complete. */
    Agreement() {
    }

    /** Applies the draft's fields and returns what changed, for the history. */
    List<FieldChange> apply(AgreementDraft draft) {
        var changes = List.of(
                FieldChange.of("code", code, draft.getCode()),
                FieldChange.of("titleEn", titleEn, draft.getTitleEn()),
                FieldChange.of("titleEs", titleEs, draft.getTitleEs()),
                FieldChange.of("kind", kind, draft.getKind()),
                FieldChange.of("signedOn", signedOn, draft.getSignedOn()),
                FieldChange.of("signedPlace", signedPlace, draft.getSignedPlace()),
                FieldChange.of("status", status, draft.getStatus()),
                FieldChange.of("summaryEn", summaryEn, draft.getSummaryEn()),
                FieldChange.of("summaryEs", summaryEs, draft.getSummaryEs()),
                FieldChange.of("link", link, draft.getLink()));
        code = draft.getCode();
        titleEn = draft.getTitleEn();
        titleEs = draft.getTitleEs();
        kind = draft.getKind();
        signedOn = draft.getSignedOn();
        signedPlace = draft.getSignedPlace();
        status = draft.getStatus();
        summaryEn = draft.getSummaryEn();
        summaryEs = draft.getSummaryEs();
        link = draft.getLink();
        return changes;
    }

    FieldChange replaceSignatories(List<Signatory> newSignatories) {
        String before = describe(signatories);
        signatories.clear();
        newSignatories.forEach(signatory -> signatory.belongTo(this));
        signatories.addAll(newSignatories);
        return FieldChange.of("signatories", before, describe(signatories));
    }

    private static String describe(List<Signatory> list) {
        return list.isEmpty() ? null : String.join("; ", list.stream().map(Signatory::describe).toList());
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

    AgreementKind getKind() {
        return kind;
    }

    LocalDate getSignedOn() {
        return signedOn;
    }

    String getSignedPlace() {
        return signedPlace;
    }

    AgreementStatus getStatus() {
        return status;
    }

    String getSummaryEn() {
        return summaryEn;
    }

    String getSummaryEs() {
        return summaryEs;
    }

    String getLink() {
        return link;
    }

    List<Signatory> getSignatories() {
        return signatories;
    }

    List<Commitment> getCommitments() {
        return commitments;
    }

    long getVersion() {
        return version;
    }
}
