package org.accord.people;

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

/**
 * An organization of a party (DHS, CBP, SHCP, Mexican customs...), possibly part of a parent agency. Its code never
 * changes; one in use is deactivated rather than deleted, and only active ones are offered for choosing.
 */
@Entity
@Table(name = "agency")
public class Agency {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
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

    @Column(nullable = false)
    private boolean active = true;

    @Version
    private long version;

    protected Agency() {
    }

    Agency(Party party, String code) {
        this.party = party;
        this.code = code;
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

    public String getNameEn() {
        return nameEn;
    }

    public String getNameEs() {
        return nameEs;
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }

    Agency getParent() {
        return parent;
    }

    void describe(String nameEn, String nameEs, Agency parent) {
        this.nameEn = nameEn;
        this.nameEs = nameEs;
        this.parent = parent;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** Compared by id through getters: either party may be a lazy proxy. */
    public boolean belongsTo(Party other) {
        return other != null && party.getId().equals(other.getId());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Agency agency && id != null && id.equals(agency.getId());
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
