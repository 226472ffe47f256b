package org.accord.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import org.accord.report.chart.Slippage;

/**
 * The burn-up's and the slippage chart's numbers as the database counted them: milestones by month of their
 * baseline, expected and actual dates, and by slippage bucket. Read from rows grouped by {@link #GROUPS} (a few
 * hundred groups for the whole portfolio), then drawn by the report's chart builder.
 */
public final class ChartCounts {

    private static final String LATE = "COALESCE(m.actual_date, m.forecast_date, m.baseline_date)";
    /** The grouping columns, four of them, of a milestone {@code m}: three months (yyyymm) and the bucket. */
    static final String GROUPS = month("m.baseline_date") + ", " + month("COALESCE(m.forecast_date, m.baseline_date)")
            + ", " + month("m.actual_date") + ", " + bucket();

    private final Map<YearMonth, int[]> months = new TreeMap<>();
    private final int[] slippage = new int[Slippage.values().length];

    /** Counts {@code milestones} of the group whose {@link #GROUPS} columns start at {@code first}. */
    void add(ResultSet rs, int first, int milestones) throws SQLException {
        month(rs.getInt(first))[0] += milestones;
        month(rs.getInt(first + 1))[1] += milestones;
        int actual = rs.getInt(first + 2);
        if (!rs.wasNull()) {
            month(actual)[2] += milestones;
        }
        slippage[rs.getInt(first + 3)] += milestones;
    }

    void into(ReportChartsBuilder charts) {
        months.forEach((month, counts) -> charts.addMonth(month, counts[0], counts[1], counts[2]));
        for (Slippage bucket : Slippage.values()) {
            if (slippage[bucket.ordinal()] > 0) {
                charts.addSlippage(bucket, slippage[bucket.ordinal()]);
            }
        }
    }

    private int[] month(int yyyymm) {
        return months.computeIfAbsent(YearMonth.of(yyyymm / 100, yyyymm % 100), month -> new int[3]);
    }

    private static String month(String date) {
        return "YEAR(" + date + ") * 100 + MONTH(" + date + ")";
    }

    /** The slippage bucket, {@link Slippage}'s ordinal, by the buckets' own limits. */
    private static String bucket() {
        StringBuilder bucket = new StringBuilder("CASE");
        Slippage[] buckets = Slippage.values();
        for (int i = 0; i < buckets.length - 1; i++) {
            bucket.append(" WHEN ").append(LATE).append(" <= m.baseline_date + INTERVAL '").append(buckets[i].toDays())
                    .append("' DAY THEN ").append(i);
        }
        return bucket.append(" ELSE ").append(buckets.length - 1).append(" END").toString();
    }
}
