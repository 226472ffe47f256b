package org.accord.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface GovernanceBodyRepository extends JpaRepository<GovernanceBody, Long> {

    @Query("select g from GovernanceBody g where g.agreement.id = :agreementId")
    Optional<GovernanceBody> findByAgreement(long agreementId);
}
