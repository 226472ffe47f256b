package org.accord.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChangeEntryRepository extends JpaRepository<ChangeEntry, Long> {

    String MATCHING = """
            (c.visibleToPartyId is null or c.visibleToPartyId = :partyId)
              and (:who is null or lower(c.changedBy) like :who escape '!')
              and (:text is null or lower(c.subjectType) like :text escape '!' or lower(c.field) like :text escape '!'
                   or lower(c.oldValue) like :text escape '!' or lower(c.newValue) like :text escape '!')
              and (:from is null or c.changedAt >= :from)
              and (:to is null or c.changedAt < :to)""";

    @Query("""
            select c from ChangeEntry c
            where c.subjectType = :type and c.subjectId = :id
              and (c.visibleToPartyId is null or c.visibleToPartyId = :partyId)
            order by c.changedAt desc, c.id desc""")
    List<ChangeEntry> findVisible(String type, long id, long partyId);

    /** Newest first, from just after ({@code beforeAt}, {@code beforeId}) when given: the next lines of a reader. */
    @Query("select c from ChangeEntry c where " + MATCHING + """
              and (:beforeAt is null or c.changedAt < :beforeAt or (c.changedAt = :beforeAt and c.id < :beforeId))
            order by c.changedAt desc, c.id desc""")
    List<ChangeEntry> search(long partyId, String who, String text, Instant from, Instant to,
                             Instant beforeAt, Long beforeId, Limit limit);

    @Query("select count(c) from ChangeEntry c where " + MATCHING)
    long count(long partyId, String who, String text, Instant from, Instant to);
}
