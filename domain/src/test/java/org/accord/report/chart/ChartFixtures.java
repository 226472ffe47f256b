package org.accord.report.chart;

import java.time.LocalDate;
import java.util.List;

/** Words and data the chart tests share, in English and in Spanish. */
final class ChartFixtures {

    static final HealthChart.Words HEALTH = new HealthChart.Words("Health by commitment", "Initiatives", "green",
            "amber", "red", "not rated", "No initiatives yet");
    static final BurnUpChart.Words BURN_UP = new BurnUpChart.Words("Milestone burn-up / Hitos acumulados", "Month",
            "Milestones", "Total scope", "Baseline / Línea base", "Forecast / Pronóstico", "Done / Cumplidos",
            "As of / Al", "No milestones / Sin hitos");
    static final SlippageChart.Words SLIPPAGE = new SlippageChart.Words("Slippage", "Days late", "Milestones",
            "No milestones");
    static final TrendChart.Words TREND = new TrendChart.Words("Milestone trend", "Report date", "Forecast date",
            "Baseline / Línea base", "latest forecast", "Forecast = report date", "No key milestones");

    private ChartFixtures() {
    }

    static List<CommitmentHealth> health() {
        return List.of(new CommitmentHealth("DOP 1 Trade facilitation", 3, 1, 0),
                new CommitmentHealth("DOP 2 Secure flows — Poiré", 2, 2, 1, 1));
    }

    static List<BurnUpPoint> burnUp() {
        return new BurnUpAccumulator()
                .add(new MilestoneDates(day("2013-01-15"), day("2013-01-20"), day("2013-01-22")))
                .add(new MilestoneDates(day("2013-02-10"), day("2013-03-05"), day("2013-03-01")))
                .add(new MilestoneDates(day("2013-03-31"), day("2013-05-01"), null))
                .add(new MilestoneDates(day("2013-06-30"), day("2013-06-30"), null))
                .points(LocalDate.of(2013, 1, 1), LocalDate.of(2013, 6, 30));
    }

    private static LocalDate day(String text) {
        return LocalDate.parse(text);
    }

    static List<SlippageBucket> slippage() {
        return new SlippageAccumulator().add(-3).add(0).add(12).add(45).add(45).add(200)
                .buckets(bucket -> switch (bucket) {
                    case ON_TIME -> "Early or on time / A tiempo";
                    case UP_TO_30_DAYS -> "1–30 days";
                    case UP_TO_90_DAYS -> "31–90 days";
                    case UP_TO_180_DAYS -> "91–180 days";
                    case OVER_180_DAYS -> "> 180 days";
                });
    }

    static List<TrendSeries> trend() {
        return List.of(
                new TrendSeries("Pre-inspection pilot", LocalDate.of(2013, 6, 30), List.of(
                        new TrendPoint(LocalDate.of(2013, 1, 31), LocalDate.of(2013, 6, 30)),
                        new TrendPoint(LocalDate.of(2013, 2, 28), LocalDate.of(2013, 7, 31)),
                        new TrendPoint(LocalDate.of(2013, 3, 31), LocalDate.of(2013, 8, 31)))),
                new TrendSeries("Cargo data exchange (Poiré)", LocalDate.of(2013, 4, 30), List.of(
                        new TrendPoint(LocalDate.of(2013, 1, 31), LocalDate.of(2013, 4, 30)),
                        new TrendPoint(LocalDate.of(2013, 2, 28), LocalDate.of(2013, 3, 31)),
                        new TrendPoint(LocalDate.of(2013, 3, 31), LocalDate.of(2013, 3, 31)))));
    }
}
