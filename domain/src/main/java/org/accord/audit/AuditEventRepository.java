package org.accord.audit;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.transaction.annotation.Transactional;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    String MATCHING = """
            (:who is null or lower(e.actor) like :who escape '!')
              and (:text is null or lower(e.target) like :text escape '!' or lower(e.details) like :text escape '!'
                   or lower(cast(e.action as String)) like :text escape '!')
              and (:from is null or e.occurredAt >= :from)
              and (:to is null or e.occurredAt < :to)
              and (:outcome is null or e.outcome = :outcome)""";

    /** Newest first, from just after ({@code beforeAt}, {@code beforeId}) when given: the next lines of a reader. */
    @Query("select e from AuditEvent e where " + MATCHING + """
              and (:beforeAt is null or e.occurredAt < :beforeAt or (e.occurredAt = :beforeAt and e.id < :beforeId))
            order by e.occurredAt desc, e.id desc""")
    List<AuditEvent> search(String who, String text, Instant from, Instant to, AuditOutcome outcome,
                            Instant beforeAt, Long beforeId, Limit limit);

    @Query("select count(e) from AuditEvent e where " + MATCHING)
    long count(String who, String text, Instant from, Instant to, AuditOutcome outcome);

    @Modifying
    @Transactional
    @Query("delete from AuditEvent e where e.occurredAt < :before")
    int deleteOlderThan(Instant before);
}
