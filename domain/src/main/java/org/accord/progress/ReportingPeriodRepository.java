package org.accord.progress;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReportingPeriodRepository extends JpaRepository<ReportingPeriod, Long> {

    boolean existsByCode(String code);

    List<ReportingPeriod> findAllByOrderByStartDateDesc();

    List<ReportingPeriod> findByStateOrderByStartDate(PeriodState state);
}
