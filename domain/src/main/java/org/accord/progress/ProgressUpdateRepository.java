package org.accord.progress;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ProgressUpdateRepository extends JpaRepository<ProgressUpdate, Long> {

    @Query("""
            select u from ProgressUpdate u join fetch u.period
            where u.period.id = :periodId and u.initiativeId = :initiativeId and u.partyId = :partyId""")
    Optional<ProgressUpdate> find(long periodId, long initiativeId, long partyId);

    @Query("select u from ProgressUpdate u where u.period.id = :periodId and u.initiativeId in :initiativeIds")
    List<ProgressUpdate> findOfInitiatives(long periodId, Collection<Long> initiativeIds);

    @Query("""
            select u from ProgressUpdate u join fetch u.period p
            where u.initiativeId = :initiativeId order by p.startDate desc, u.partyId""")
    List<ProgressUpdate> findOfInitiative(long initiativeId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update ProgressUpdate u set u.locked = true, u.version = u.version + 1 where u.period.id = :periodId")
    int lockAll(long periodId);

    /**
     * Initiative code and party code of every active initiative's update that was never submitted in the period,
     * whether a draft exists or not. Reads the initiative table directly: one query instead of every initiative.
     */
    @Query(nativeQuery = true, value = """
            select i.code, p.code from initiative i cross join party p
            where i.status = 'ACTIVE' and not exists (
                select 1 from progress_update u where u.period_id = :periodId and u.initiative_id = i.id
                    and u.party_id = p.id and u.state in ('SUBMITTED', 'APPROVED'))
            order by i.code, p.code""")
    List<Object[]> findNeverSubmitted(long periodId);
}
