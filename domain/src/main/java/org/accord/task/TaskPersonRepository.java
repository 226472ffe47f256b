package org.accord.task;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskPersonRepository extends JpaRepository<TaskPerson, Long> {
}
