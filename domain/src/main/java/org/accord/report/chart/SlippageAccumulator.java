package org.accord.report.chart;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/** Counts milestones per slippage bucket as they stream past. Not thread-safe: one report, one accumulator. */
public final class SlippageAccumulator {

    private final int[] counts = new int[Slippage.values().length];

    public SlippageAccumulator add(long daysLate) {
        counts[Slippage.of(daysLate).ordinal()]++;
        return this;
    }

    /** Slippage of the actual date, or of the forecast while not done, against the baseline; skipped without both. */
    public SlippageAccumulator add(MilestoneDates milestone) {
        LocalDate expected = milestone.actual() != null ? milestone.actual() : milestone.forecast();
        if (milestone.baseline() != null && expected != null) {
            add(ChronoUnit.DAYS.between(milestone.baseline(), expected));
        }
        return this;
    }

    /** Milestones already counted per bucket elsewhere (in SQL). */
    public SlippageAccumulator add(Slippage bucket, int milestones) {
        counts[bucket.ordinal()] += milestones;
        return this;
    }

    public int count(Slippage bucket) {
        return counts[bucket.ordinal()];
    }

    public int total() {
        return Arrays.stream(counts).sum();
    }

    /** The buckets in order, labelled in the report's language(s). */
    public List<SlippageBucket> buckets(Function<Slippage, String> label) {
        return Arrays.stream(Slippage.values()).map(b -> new SlippageBucket(label.apply(b), count(b))).toList();
    }
}
