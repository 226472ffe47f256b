package org.accord.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface MilestoneHeadingRepository extends JpaRepository<MilestoneHeading, Long> {
}
