package org.accord.task;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskMilestoneRepository extends JpaRepository<TaskMilestone, Long> {
}
