package org.accord.report;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.accord.milestone.MilestoneStatus;
import org.accord.report.chart.BurnUpAccumulator;
import org.accord.report.chart.BurnUpChart;
import org.accord.report.chart.CommitmentHealth;
import org.accord.report.chart.HealthChart;
import org.accord.report.chart.MilestoneDates;
import org.accord.report.chart.Slippage;
import org.accord.report.chart.SlippageAccumulator;
import org.accord.report.chart.SlippageChart;
import org.accord.report.chart.TrendChart;
import org.accord.report.chart.TrendPoint;
import org.accord.report.chart.TrendSeries;

/** Gathers the charts' data as the milestones stream past, then draws the four charts in the report's words. */
final class ReportChartsBuilder {

    private final ReportWords words;
    private final LocalDate asOf;
    private final BurnUpAccumulator burnUp = new BurnUpAccumulator();
    private final SlippageAccumulator slippage = new SlippageAccumulator();
    private LocalDate first;
    private LocalDate last;

    ReportChartsBuilder(ReportWords words, LocalDate asOf) {
        this.words = words;
        this.asOf = asOf;
    }

    void add(MilestoneLine milestone) {
        if (milestone.status() == MilestoneStatus.CANCELLED) {
            return;
        }
        LocalDate expected = milestone.forecast() != null ? milestone.forecast() : milestone.baseline();
        burnUp.add(new MilestoneDates(milestone.baseline(), expected, milestone.actual()));
        slippage.add(milestone.slippageDays());
        widen(milestone.baseline());
        widen(expected);
        widen(milestone.actual());
    }

    /** A month of milestones counted in SQL: new baselines, expected dates and actual dates in it. */
    void addMonth(YearMonth month, int baselines, int expected, int actuals) {
        burnUp.add(month, baselines, expected, actuals);
        widen(month.atDay(1));
        widen(month.atEndOfMonth());
    }

    /** Milestones counted in SQL whose slippage falls in {@code bucket}. */
    void addSlippage(Slippage bucket, int milestones) {
        slippage.add(bucket, milestones);
    }

    private void widen(LocalDate date) {
        if (date != null) {
            first = first == null || date.isBefore(first) ? date : first;
            last = last == null || date.isAfter(last) ? date : last;
        }
    }

    ReportCharts draw(List<CommitmentHealthRow> health, List<TrendLine> trend) {
        return new ReportCharts(health(health), burnUp(), slippage(), trend(trend));
    }

    private org.accord.report.chart.Chart health(List<CommitmentHealthRow> rows) {
        List<CommitmentHealth> bars = rows.stream().map(row -> new CommitmentHealth(row.label(), row.green(),
                row.amber(), row.red())).toList();
        return HealthChart.draw(bars, new HealthChart.Words(words.get("report.chart.health"),
                words.get("report.chart.initiatives"), words.get("health.GREEN"), words.get("health.AMBER"),
                words.get("health.RED"), "—", words.get("report.chart.noData")));
    }

    private org.accord.report.chart.Chart burnUp() {
        var chartWords = new BurnUpChart.Words(words.get("report.chart.burnup"), words.get("report.column.date"),
                words.get("report.chart.milestones"), words.get("report.chart.total"), words.get("report.chart.baseline"),
                words.get("report.chart.forecast"), words.get("report.chart.actual"), words.get("report.chart.asOf"),
                words.get("report.chart.noData"));
        if (first == null) {
            return BurnUpChart.draw(List.of(), 0, asOf, words.locale(), chartWords);
        }
        LocalDate end = last.isBefore(asOf) ? asOf : last;
        return BurnUpChart.draw(burnUp.points(first, end), burnUp.total(), asOf, words.locale(), chartWords);
    }

    private org.accord.report.chart.Chart slippage() {
        return SlippageChart.draw(slippage.buckets(this::bucket), new SlippageChart.Words(
                words.get("report.chart.slippage"), words.get("report.milestone.slippage"),
                words.get("report.chart.milestones"), words.get("report.chart.noData")));
    }

    private String bucket(Slippage bucket) {
        return words.get(switch (bucket) {
            case ON_TIME -> "report.chart.onTime";
            case UP_TO_30_DAYS -> "report.chart.days1to30";
            case UP_TO_90_DAYS -> "report.chart.days31to90";
            case UP_TO_180_DAYS -> "report.chart.days91to180";
            case OVER_180_DAYS -> "report.chart.over180";
        });
    }

    private org.accord.report.chart.Chart trend(List<TrendLine> lines) {
        List<TrendSeries> series = lines.stream().limit(TrendChart.MAX_SERIES).map(line -> new TrendSeries(
                line.initiativeCode() + " · " + words.text(line.title()), line.baseline(), line.forecasts().stream()
                        .map(point -> new TrendPoint(point.reportDate(), point.forecast())).toList())).toList();
        return TrendChart.draw(series, words.locale(), new TrendChart.Words(words.get("report.chart.trend"),
                words.get("report.chart.reportDate"), words.get("report.chart.forecastDate"),
                words.get("report.chart.baseline"), words.get("report.chart.forecast"), words.get("report.chart.reportDate"),
                words.get("report.chart.noData")));
    }
}
