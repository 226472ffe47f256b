package org.accord.milestone;

import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeHeadingRepository extends JpaRepository<InitiativeHeading, Long> {
}
