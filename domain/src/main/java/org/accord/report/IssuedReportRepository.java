package org.accord.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface IssuedReportRepository extends JpaRepository<IssuedReport, Long> {

    Optional<IssuedReport> findFirstBySeriesKeyOrderByVersionDesc(String seriesKey);

    List<IssuedReport> findAllByOrderByIssuedAtDescIdDesc(Pageable pageable);

    List<IssuedReport> findBySupersedesIdIn(Collection<Long> ids);

    Optional<IssuedReport> findBySupersedesId(long id);

    Optional<IssuedReport> findByIdentifier(String identifier);

    Optional<IssuedReport> findFirstBySha256OrderById(String sha256);

    Optional<IssuedReport> findFirstByDataSha256OrderById(String dataSha256);

    /** The reports of a scope, the latest period first, that no later version superseded. */
    @Query("""
            select r from IssuedReport r
            where r.scopeKind = :kind and (r.scopeId = :scopeId or (:scopeId is null and r.scopeId is null))
              and r.dateFrom < :before
              and not exists (select s.id from IssuedReport s where s.supersedesId = r.id)
            order by r.dateFrom desc, r.issuedAt desc, r.id desc""")
    List<IssuedReport> findCurrentOfScopeBefore(ScopeKind kind, Long scopeId, LocalDate before, Limit limit);
}
