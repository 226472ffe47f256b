package org.accord.report.chart;

/** How late a milestone is against its baseline, in the buckets the reports use. */
public enum Slippage {
    ON_TIME(Long.MIN_VALUE, 0),
    UP_TO_30_DAYS(1, 30),
    UP_TO_90_DAYS(31, 90),
    UP_TO_180_DAYS(91, 180),
    OVER_180_DAYS(181, Long.MAX_VALUE);

    private final long fromDays;
    private final long toDays;

    Slippage(long fromDays, long toDays) {
        this.fromDays = fromDays;
        this.toDays = toDays;
    }

    /** The most days late this bucket holds ({@code Long.MAX_VALUE} for the last). */
    public long toDays() {
        return toDays;
    }

    /** The bucket of a slippage in days; early (negative) counts as on time. */
    public static Slippage of(long daysLate) {
        for (Slippage bucket : values()) {
            if (daysLate >= bucket.fromDays && daysLate <= bucket.toDays) {
                return bucket;
            }
        }
        throw new AssertionError("The buckets cover every number of days");
    }
}
