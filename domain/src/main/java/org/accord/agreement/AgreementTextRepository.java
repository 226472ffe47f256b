package org.accord.agreement;

import org.springframework.data.jpa.repository.JpaRepository;

interface AgreementTextRepository extends JpaRepository<AgreementText, Long> {
}
