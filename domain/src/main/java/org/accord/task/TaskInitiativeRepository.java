package org.accord.task;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskInitiativeRepository extends JpaRepository<TaskInitiative, Long> {
}
