package org.accord.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** An initiative's code, for subjects and links, read-only: the initiative feature owns the row. */
@Entity(name = "NotificationInitiative")
@Table(name = "initiative")
@Immutable
class InitiativeCode {

    @Id
    private Long id;

    @Column(nullable = false, length = 30)
    private String code;

    protected InitiativeCode() {
    }

    Long getId() {
        return id;
    }

    String getCode() {
        return code;
    }
}
