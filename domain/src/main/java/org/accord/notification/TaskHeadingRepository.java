package org.accord.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskHeadingRepository extends JpaRepository<TaskHeading, Long> {
}
