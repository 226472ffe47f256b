package org.accord.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.accord.people.Language;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The person a feed belongs to, read-only: the people feature owns the account. */
@Entity(name = "FeedOwner")
@Table(name = "user_account")
@Immutable
class FeedOwner {

    @Id
    private Long id;

    @Column(nullable = false)
    private boolean enabled;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "preferred_language", nullable = false, length = 5)
    private Language preferredLanguage;

    protected FeedOwner() {
    }

    Long getId() {
        return id;
    }

    boolean isEnabled() {
        return enabled;
    }

    Language getPreferredLanguage() {
        return preferredLanguage;
    }
}
