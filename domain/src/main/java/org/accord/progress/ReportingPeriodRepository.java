package org.accord.progress;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    boolean existsByCode(String code);

    /** Read while an update changes: closing the period waits for the change, and the change sees it closed. */
    @Lock(LockModeType.PESSIMISTIC_READ)
    @Query("select p from ReportingPeriod p where p.id = :id")
    Optional<ReportingPeriod> findSharedLocked(long id);

    /** Read to close it: waits for updates being saved, and keeps new ones out until the period is closed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select p from ReportingPeriod p where p.id = :id")
    Optional<ReportingPeriod> findForClosing(long id);

    List<ReportingPeriod> findAllByOrderByStartDateDesc();

    List<ReportingPeriod> findByStateOrderByStartDate(PeriodState state);
}
