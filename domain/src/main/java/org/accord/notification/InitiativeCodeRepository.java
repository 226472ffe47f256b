package org.accord.notification;

import org.springframework.data.jpa.repository.JpaRepository;

interface InitiativeCodeRepository extends JpaRepository<InitiativeCode, Long> {
}
