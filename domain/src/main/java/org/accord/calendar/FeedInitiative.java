package org.accord.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An initiative's code, read-only: the initiative feature owns the row. */
@Entity(name = "FeedInitiative")
@Table(name = "initiative")
@Immutable
class FeedInitiative {

    @Id
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    protected FeedInitiative() {
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }
}
