package org.accord.agreement;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CommitmentRepository extends JpaRepository<Commitment, Long> {

    @Query("select c from Commitment c join fetch c.agreement a order by a.code, c.number")
    List<Commitment> findAllWithAgreement();

    @Query("select c from Commitment c join fetch c.agreement a where c.id in :ids order by a.code, c.number")
    List<Commitment> findWithAgreement(Collection<Long> ids);

    @Query("select c from Commitment c join fetch c.agreement a where a.id = :agreementId order by c.number")
    List<Commitment> findByAgreement(long agreementId);

    boolean existsByAgreementIdAndNumber(Long agreementId, int number);

    boolean existsByAgreementIdAndNumberAndIdNot(Long agreementId, int number, Long id);
}
