package org.accord.initiative;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OversightAssignmentRepository extends JpaRepository<OversightAssignment, Long> {

    @Query("select a from OversightAssignment a where a.initiative.id in :initiativeIds and a.endedAt is null")
    List<OversightAssignment> findCurrent(Collection<Long> initiativeIds);

    /** Initiative id, party id and lead id of the current leads of several initiatives: columns, not entities. */
    @Query("""
            select a.initiative.id, a.partyId, a.leadId from OversightAssignment a
            where a.initiative.id in :initiativeIds and a.endedAt is null""")
    List<Object[]> findCurrentLeads(Collection<Long> initiativeIds);

    @Query("select a from OversightAssignment a where a.initiative.id = :initiativeId order by a.startedAt, a.id")
    List<OversightAssignment> findHistory(long initiativeId);

    @Query("select a from OversightAssignment a where a.leadId = :leadId and a.endedAt is null")
    List<OversightAssignment> findCurrentOf(long leadId);

    @Query("""
            select count(a) > 0 from OversightAssignment a
            where a.initiative.id = :initiativeId and a.leadId = :leadId and a.endedAt is null""")
    boolean isCurrentLead(long initiativeId, long leadId);
}
