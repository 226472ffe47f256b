package org.accord.milestone;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** Slippage and schedule state of a milestone on a given day. */
public record Schedule(long slippageDays, ScheduleState state) {

    public static Schedule of(LocalDate baseline, LocalDate forecast, LocalDate actual, MilestoneStatus status, LocalDate today) {
        LocalDate expected = actual != null ? actual : forecast != null ? forecast : baseline;
        long slippage = ChronoUnit.DAYS.between(baseline, expected);
        if (actual == null && (status == MilestoneStatus.MISSED || status.isOpen() && expected.isBefore(today))) {
            return new Schedule(slippage, ScheduleState.OVERDUE);
        }
        return new Schedule(slippage, slippage > 0 ? ScheduleState.LATE : ScheduleState.ON_TIME);
    }
}
