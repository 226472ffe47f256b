package org.accord.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementTextRepository extends JpaRepository<AgreementText, Long> {

    /** What the agreement page says about the text, without reading the PDF itself. */
    @Query("""
            select new org.accord.agreement.DocumentInfo(t.filename, t.sizeBytes, t.uploadedAt, t.uploadedBy,
                t.version)
            from AgreementText t where t.agreementId = :agreementId""")
    Optional<DocumentInfo> findInfo(long agreementId);
}
