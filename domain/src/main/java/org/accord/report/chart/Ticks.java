package org.accord.report.chart;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Where the ticks go: round counts (1, 2, 5 × 10ⁿ) and month starts, few enough to label. */
final class Ticks {

    private Ticks() {
    }

    /** The step between count ticks so that 0..max has at most about {@code maxTicks} of them. */
    static int countStep(int max, int maxTicks) {
        int step = 1;
        while (true) {
            for (int factor : new int[] {1, 2, 5}) {
                if ((long) step * factor * maxTicks >= max) {
                    return step * factor;
                }
            }
            step *= 10;
        }
    }

    /** The top of a count axis: {@code max} rounded up to a whole step, at least one step. */
    static int countTop(int max, int step) {
        return Math.max(step, (max + step - 1) / step * step);
    }

    /** First days of months from {@code start}'s month to {@code end}'s, every few months so that few are labelled. */
    static List<LocalDate> months(LocalDate start, LocalDate end, int maxLabels) {
        YearMonth first = YearMonth.from(start);
        YearMonth last = YearMonth.from(end);
        long count = ChronoUnit.MONTHS.between(first, last) + 1;
        int stride = 1;
        for (int candidate : new int[] {1, 2, 3, 6, 12, 24, 60, 120}) {
            stride = candidate;
            if ((count + candidate - 1) / candidate <= maxLabels) {
                break;
            }
        }
        List<LocalDate> ticks = new ArrayList<>();
        // Strides of 3 or more fall on quarter or year starts, which read better than arbitrary months.
        YearMonth month = first;
        if (stride >= 3) {
            while ((month.getMonthValue() - 1) % Math.min(stride, 12) != 0) {
                month = month.plusMonths(1);
            }
        }
        for (; !month.isAfter(last); month = month.plusMonths(stride)) {
            LocalDate day = month.atDay(1);
            if (!day.isBefore(start) && !day.isAfter(end)) {
                ticks.add(day);
            }
        }
        return ticks;
    }

    static DateTimeFormatter monthFormat(Locale locale) {
        return DateTimeFormatter.ofPattern("MMM yyyy", locale);
    }

    /** A month label without the full stop some languages put after an abbreviation. */
    static String month(LocalDate day, Locale locale) {
        String text = monthFormat(locale).format(day);
        return text.replace(".", "");
    }
}
