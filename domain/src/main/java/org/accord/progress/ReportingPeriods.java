package org.accord.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.people.Directory;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Program managers open a reporting period (a quarter such as 2012-Q2) and close it, which locks its updates. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("isAuthenticated()")
public class ReportingPeriods {

    private static final String MAY_MANAGE = "hasAnyRole('ADMIN','PROGRAM_MANAGER')";
    private static final Pattern QUARTER = Pattern.compile("^(\\d{4})-Q([1-4])$");

    private final ReportingPeriodRepository periods;
    private final ProgressUpdateRepository updates;
    private final Directory directory;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportingPeriods(ReportingPeriodRepository periods, ProgressUpdateRepository updates, Directory directory,
                     ApplicationEventPublisher events, ObjectProvider<Clock> clock) {
        this.periods = periods;
        this.updates = updates;
        this.directory = directory;
        this.events = events;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Every period, the latest first: four a year, so a short list. */
    public List<PeriodView> all() {
        return periods.findAllByOrderByStartDateDesc().stream().map(ReportingPeriod::view).toList();
    }

    public List<PeriodView> open() {
        return periods.findByStateOrderByStartDate(PeriodState.OPEN).stream().map(ReportingPeriod::view).toList();
    }

    /** Opens the quarter named like {@code 2012-Q2}: 1 April to 30 June 2012. */
    @Transactional
    @PreAuthorize(MAY_MANAGE)
    public long openQuarter(String code) {
        String normalized = code == null ? "" : code.strip().toUpperCase();
        Matcher quarter = QUARTER.matcher(normalized);
        if (!quarter.matches()) {
            throw new InvalidInputException("code", "period.code.pattern");
        }
        LocalDate start = LocalDate.of(Integer.parseInt(quarter.group(1)), Integer.parseInt(quarter.group(2)) * 3 - 2, 1);
        LocalDate end = start.plusMonths(3).minusDays(1);
        if (periods.existsByCode(normalized)) {
            throw new InvalidInputException("code", "period.code.taken");
        }
        try {
            return periods.saveAndFlush(new ReportingPeriod(normalized, start, end, directory.myUsername(),
                    clock.instant())).getId();
        } catch (DataIntegrityViolationException raced) {
            throw new InvalidInputException("code", "period.code.taken");
        }
    }

    /**
     * Closes the period and locks all its updates; {@link PeriodClosed} then has the period's snapshot written in the
     * same transaction. Returns the updates of active initiatives never submitted.
     */
    @Transactional
    @PreAuthorize(MAY_MANAGE)
    public List<NeverSubmitted> close(long periodId, long expectedVersion) {
        ReportingPeriod period = periods.findForClosing(periodId)
                .orElseThrow(() -> new EditConflictException("reporting period", periodId));
        if (period.getVersion() != expectedVersion) {
            throw new EditConflictException("reporting period", periodId);
        }
        if (!period.isOpen()) {
            throw new InvalidInputException("period", "period.closed");
        }
        List<NeverSubmitted> neverSubmitted = updates.findNeverSubmitted(periodId).stream()
                .map(row -> new NeverSubmitted((String) row[0], (String) row[1])).toList();
        Instant closedAt = clock.instant();
        period.close(directory.myUsername(), closedAt);
        try {
            periods.saveAndFlush(period);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("reporting period", periodId);
        }
        updates.lockAll(periodId);
        events.publishEvent(new PeriodClosed(periodId, period.view().endDate(), closedAt));
        return neverSubmitted;
    }
}
