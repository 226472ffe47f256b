package org.accord.milestone;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneRepository extends JpaRepository<Milestone, Long> {

    @Query("select m from Milestone m join fetch m.initiative where m.initiative.id = :initiativeId order by m.baselineDate, m.id")
    List<Milestone> findOfInitiative(long initiativeId);

    @Query("select m from Milestone m join fetch m.initiative where m.initiative.id in :initiativeIds order by m.id")
    List<Milestone> findOfInitiatives(Collection<Long> initiativeIds);

    @Query("select m from Milestone m join fetch m.initiative where m.id in :ids")
    List<Milestone> findWithInitiativeByIdIn(Collection<Long> ids);
}
