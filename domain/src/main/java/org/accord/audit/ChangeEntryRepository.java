package org.accord.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeEntryRepository extends JpaRepository<ChangeEntry, Long> {

    @Query("""
            select c from ChangeEntry c
            where c.subjectType = :type and c.subjectId = :id
              and (c.visibleToPartyId is null or c.visibleToPartyId = :partyId)
            order by c.changedAt desc, c.id desc""")
    List<ChangeEntry> findVisible(String type, long id, long partyId);
}
