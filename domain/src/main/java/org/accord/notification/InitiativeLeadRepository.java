package org.accord.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface InitiativeLeadRepository extends JpaRepository<InitiativeLead, Long> {

    /** The current leads of an initiative, of both parties. */
    @Query("""
            select distinct l.leadId from NotificationLead l
            where l.initiativeId = :initiativeId and l.endedAt is null""")
    List<Long> findCurrentLeads(long initiativeId);
}
