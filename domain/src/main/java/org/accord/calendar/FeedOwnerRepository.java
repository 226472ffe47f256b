package org.accord.calendar;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FeedOwnerRepository extends JpaRepository<FeedOwner, Long> {

    /** The initiatives the person leads now. */
    @Query("select a.initiativeId from FeedLeadership a where a.leadId = :userId and a.endedAt is null")
    List<Long> findInitiativesLedBy(long userId);

    @Query("select i from FeedInitiative i where i.id in :ids")
    List<FeedInitiative> findInitiatives(Collection<Long> ids);

    /** Milestones still ahead or missed, not done or cancelled, of these initiatives. */
    @Query("""
            select m from FeedMilestone m where m.initiativeId in :initiativeIds and m.status not in ('DONE', 'CANCELLED')
            order by coalesce(m.forecastDate, m.baselineDate), m.id""")
    List<FeedMilestone> findPendingMilestones(Collection<Long> initiativeIds);
}
