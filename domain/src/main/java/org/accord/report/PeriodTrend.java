package org.accord.report;

import java.time.LocalDate;

/**
 * One closed period of the trends, as its snapshot recorded it: initiatives (cancelled ones left out) by health, and
 * their milestones on time out of those counted.
 */
public record PeriodTrend(long periodId, String code, LocalDate start, LocalDate end, int green, int amber, int red,
                          int milestones, int onTime) {

    /** Milestones on time out of all counted, 0 to 1; null when the period counted none. */
    public Double onTimeRate() {
        return milestones == 0 ? null : (double) onTime / milestones;
    }
}
