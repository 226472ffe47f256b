package org.accord.report.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts milestones per month as they stream past, keeping only the monthly counts, then gives the cumulative
 * burn-up points at each month's end. Not thread-safe: one report, one accumulator.
 */
public final class BurnUpAccumulator {

    private static final int BASELINE = 0;
    private static final int FORECAST = 1;
    private static final int ACTUAL = 2;

    private final Map<YearMonth, int[]> perMonth = new TreeMap<>();
    private int total;

    public BurnUpAccumulator add(MilestoneDates milestone) {
        total++;
        count(milestone.baseline(), BASELINE);
        count(milestone.forecast(), FORECAST);
        count(milestone.actual(), ACTUAL);
        return this;
    }

    /** Milestones already counted by month elsewhere (in SQL): {@code baselines} of them are new milestones. */
    public BurnUpAccumulator add(YearMonth month, int baselines, int forecasts, int actuals) {
        total += baselines;
        int[] counts = perMonth.computeIfAbsent(month, m -> new int[3]);
        counts[BASELINE] += baselines;
        counts[FORECAST] += forecasts;
        counts[ACTUAL] += actuals;
        return this;
    }

    private void count(LocalDate date, int which) {
        if (date != null) {
            perMonth.computeIfAbsent(YearMonth.from(date), month -> new int[3])[which]++;
        }
    }

    /** Every milestone added: the scope. */
    public int total() {
        return total;
    }

    /**
     * One point at the end of each month from {@code from}'s month to {@code to}'s, each counting the milestones
     * dated on or before it (earlier months included).
     */
    public List<BurnUpPoint> points(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("The burn-up ends (" + to + ") before it starts (" + from + ")");
        }
        YearMonth first = YearMonth.from(from);
        int[] running = new int[3];
        perMonth.forEach((month, counts) -> {
            if (month.isBefore(first)) {
                addTo(running, counts);
            }
        });
        List<BurnUpPoint> points = new ArrayList<>();
        for (YearMonth month = first; !month.isAfter(YearMonth.from(to)); month = month.plusMonths(1)) {
            addTo(running, perMonth.getOrDefault(month, new int[3]));
            points.add(new BurnUpPoint(month.atEndOfMonth(), running[BASELINE], running[FORECAST], running[ACTUAL]));
        }
        return points;
    }

    private static void addTo(int[] running, int[] counts) {
        for (int i = 0; i < running.length; i++) {
            running[i] += counts[i];
        }
    }
}
