package org.accord.agreement;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.accord.audit.SubjectName;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AgreementRepository extends JpaRepository<Agreement, Long> {

    String MATCHES = """
            (:text is null or lower(a.code) like :text escape '!' or lower(a.titleEn) like :text escape '!'
                or lower(a.titleEs) like :text escape '!')
            and (:kind is null or a.kind = :kind)
            and (:status is null or a.status = :status)
            """;

    /** One page, without counting: the list asks {@link #countMatching} once, not with every page. */
    @Query("""
            select new org.accord.agreement.AgreementRow(a.id, a.code, a.titleEn, a.titleEs, a.kind, a.signedOn,
                a.status, (select count(c) from Commitment c where c.agreement = a))
            from Agreement a where """ + MATCHES)
    List<AgreementRow> search(String text, AgreementKind kind, AgreementStatus status, Pageable pageable);

    @Query("select count(a) from Agreement a where " + MATCHES)
    long countMatching(String text, AgreementKind kind, AgreementStatus status);

    /** Codes are unique whatever their case, as MySQL's case-insensitive collation has it on every database. */
    boolean existsByCodeIgnoreCase(String code);

    boolean existsByCodeIgnoreCaseAndIdNot(String code, Long id);

    Optional<Agreement> findByCode(String code);

    @Query("select new org.accord.audit.SubjectName(a.id, a.code) from Agreement a where a.id in :ids")
    List<SubjectName> findNames(Collection<Long> ids);
}
