package org.accord.progress;

import java.time.LocalDate;

/** A reporting period as lists show it. */
public record PeriodView(long id, long version, String code, LocalDate startDate, LocalDate endDate,
                         PeriodState state) {

    public boolean isOpen() {
        return state == PeriodState.OPEN;
    }
}
