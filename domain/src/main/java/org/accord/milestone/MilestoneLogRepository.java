package org.accord.milestone;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface MilestoneLogRepository extends JpaRepository<MilestoneLogEntry, Long> {

    @Query("select e from MilestoneLogEntry e where e.milestoneId = :milestoneId order by e.loggedAt desc, e.id desc")
    List<MilestoneLogEntry> findNewestFirst(long milestoneId);
}
