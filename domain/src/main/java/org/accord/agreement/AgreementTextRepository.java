package org.accord.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementTextRepository extends JpaRepository<AgreementText, Long> {

    /** Name, size and upload, without reading the file itself. */
    @Query("""
            select new org.accord.agreement.DocumentInfo(t.filename, t.sizeBytes, t.uploadedAt, t.uploadedBy)
            from AgreementText t where t.agreementId = :agreementId""")
    Optional<DocumentInfo> findInfo(long agreementId);
}
