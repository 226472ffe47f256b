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
import org.accord.people.Agency;
import org.accord.people.Party;

/** Who signed an agreement for a party. */
@Entity
@Table(name = "agreement_signatory")
class Signatory {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "agreement_id")
    private Agreement agreement;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    private Party party;

    @Column(name = "person_name", nullable = false, length = 200)
    private String personName;

    @Column(name = "person_title", length = 200)
    private String personTitle;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "agency_id")
    private Agency agency;

    @Column(nullable = false)
    private int position;

    protected Signatory() {
    }

    Signatory(Party party, String personName, String personTitle, Agency agency, int position) {
        this.party = party;
        this.personName = personName;
        this.personTitle = personTitle;
        this.agency = agency;
        this.position = position;
    }

    void belongTo(Agreement owner) {
        this.agreement = owner;
    }

    String agencyCode() {
        return agency == null ? null : agency.getCode();
    }

    String describe() {
        return party.getCode() + ": " + personName + (personTitle == null ? "" : ", " + personTitle)
                + (agency == null ? "" : " (" + agency.getCode() + ")");
    }

    SignatoryView view() {
        return new SignatoryView(party.getCode(), personName, personTitle, agency == null ? null : agency.getCode());
    }
}
