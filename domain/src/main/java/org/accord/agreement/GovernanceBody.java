package org.accord.agreement;

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
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.accord.audit.FieldChange;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The oversight structure an agreement sets up: a steering group with one co-chair per party, and members. */
@Entity
@Table(name = "governance_body")
class GovernanceBody {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @OneToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Column(name = "name_es", nullable = false, length = 200)
    private String nameEs;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private MeetingCadence cadence;

    /** Party id to the user id of that party's co-chair. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "governance_co_chair", joinColumns = @JoinColumn(name = "body_id"))
    @MapKeyColumn(name = "party_id")
    @Column(name = "user_id")
    private Map<Long, Long> coChairs = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "governance_member", joinColumns = @JoinColumn(name = "body_id"))
    @Column(name = "user_id")
    private Set<Long> members = new HashSet<>();

    @Version
    private long version;

    protected GovernanceBody() {
    }

    GovernanceBody(Agreement agreement) {
        this.agreement = agreement;
    }

    /** Applies the draft; returns the changes of name and cadence (the caller describes people by name). */
    List<FieldChange> apply(GovernanceDraft draft, Map<Long, Long> newCoChairs) {
        var changes = List.of(
                FieldChange.of("governance.nameEn", nameEn, draft.getNameEn()),
                FieldChange.of("governance.nameEs", nameEs, draft.getNameEs()),
                FieldChange.of("governance.cadence", cadence, draft.getCadence()));
        nameEn = draft.getNameEn();
        nameEs = draft.getNameEs();
        cadence = draft.getCadence();
        coChairs.clear();
        coChairs.putAll(newCoChairs);
        members.clear();
        members.addAll(draft.getMemberIds());
        return changes;
    }

    String getNameEn() {
        return nameEn;
    }

    String getNameEs() {
        return nameEs;
    }

    MeetingCadence getCadence() {
        return cadence;
    }

    Map<Long, Long> getCoChairs() {
        return coChairs;
    }

    Set<Long> getMembers() {
        return members;
    }

    long getVersion() {
        return version;
    }

    boolean isStored() {
        return id != null;
    }
}
