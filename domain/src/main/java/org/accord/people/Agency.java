package org.accord.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organization of a party (DHS, CBP, SHCP, Mexican customs...), possibly part of a parent agency. */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "party_id")
    private Party party;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Agency parent;

    @Column(nullable = false, length = 20)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    @Version
    private long version;

    protected Agency() {
    }

    public Long getId() {
        return id;
    }

    public Party getParty() {
        return party;
    }

    public String getCode() {
        return code;
    }

    public String name(Language language) {
        return language == Language.ES ? nameEs : nameEn;
    }

    public boolean belongsTo(Party other) {
        return party.equals(other);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Agency agency && id != null && id.equals(agency.id);
    }

    @Override
    public int hashCode() {
        return Agency.class.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
