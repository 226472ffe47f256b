package org.accord.task;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The assignee as task lists show and filter them, read-only: the people feature owns the account. */
@Entity(name = "TaskPerson")
@Table(name = "user_account")
@Immutable
class TaskPerson {

    @Id
    private Long id;

    @Column(nullable = false, length = 60)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "party_id", nullable = false)
    private Long partyId;

    @Column(name = "agency_id", nullable = false)
    private Long agencyId;

    protected TaskPerson() {
    }

    Long getId() {
        return id;
    }

    String getUsername() {
        return username;
    }

    String getDisplayName() {
        return displayName;
    }

    Long getPartyId() {
        return partyId;
    }

    Long getAgencyId() {
        return agencyId;
    }
}
