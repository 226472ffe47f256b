package org.accord.milestone;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    String MATCHES = """
            (:dueUntil is null or (m.actualDate is null and m.status in (org.accord.milestone.MilestoneStatus.PLANNED, org.accord.milestone.MilestoneStatus.IN_PROGRESS)
                and coalesce(m.forecastDate, m.baselineDate) between :today and :dueUntil))
            and (:overdue = false or (m.actualDate is null and (m.status = org.accord.milestone.MilestoneStatus.MISSED
                or (m.status in (org.accord.milestone.MilestoneStatus.PLANNED, org.accord.milestone.MilestoneStatus.IN_PROGRESS) and coalesce(m.forecastDate, m.baselineDate) < :today))))
            and (:slipped = false or coalesce(m.actualDate, m.forecastDate, m.baselineDate) > m.baselineDate)
            and (:side is null or m.ownerSide = :side)
            and (:anyCommitment = false or exists (select 1 from MilestoneInitiativeCommitment l
                where l.key.initiativeId = m.initiative.id and l.key.commitmentId in :commitmentIds))
            and (:anyInitiative = false or m.initiative.id in :initiativeIds)
            """;

    /** One page with the initiatives' codes, without counting: the list asks {@link #countMatching} once. */
    @Query("select m from Milestone m join fetch m.initiative where " + MATCHES)
    List<Milestone> search(LocalDate today, LocalDate dueUntil, boolean overdue, boolean slipped, OwnerSide side,
                           boolean anyCommitment, Collection<Long> commitmentIds, boolean anyInitiative,
                           Collection<Long> initiativeIds, Pageable pageable);

    @Query("select count(m) from Milestone m where " + MATCHES)
    long countMatching(LocalDate today, LocalDate dueUntil, boolean overdue, boolean slipped, OwnerSide side,
                       boolean anyCommitment, Collection<Long> commitmentIds, boolean anyInitiative,
                       Collection<Long> initiativeIds);

    @Query("select m from Milestone m join fetch m.initiative where m.initiative.id = :initiativeId order by m.baselineDate, m.id")
    List<Milestone> findOfInitiative(long initiativeId);
}
