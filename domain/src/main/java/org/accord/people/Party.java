package org.accord.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A signatory country. Reference data: created by migrations, never edited in the portal. */
@Entity
@Table(name = "party")
public class Party {

    @Id
    private Long id;

    @Column(nullable = false, length = 8)
    private String code;

    @Column(name = "name_en", nullable = false)
    private String nameEn;

    @Column(name = "name_es", nullable = false)
    private String nameEs;

    protected Party() {
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String name(Language language) {
        return language == Language.ES ? nameEs : nameEn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Party party && id != null && id.equals(party.getId());
    }

    @Override
    public int hashCode() {
        return Party.class.hashCode();
    }

    @Override
    public String toString() {
        return code;
    }
}
