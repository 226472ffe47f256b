package org.accord.report;

import java.util.List;
import org.accord.report.chart.Chart;
import org.accord.report.chart.CommitmentHealth;
import org.accord.report.chart.HealthChart;
import org.accord.report.chart.RateChart;

/** The dashboard's trends over closed periods, drawn from their snapshots: health counts and the on-time rate. */
final class TrendCharts {

    private TrendCharts() {
    }

    static List<Chart> draw(List<PeriodTrend> trends, ReportWords words) {
        Chart health = HealthChart.draw(trends.stream().map(trend -> new CommitmentHealth(trend.code(), trend.green(),
                trend.amber(), trend.red())).toList(), new HealthChart.Words(words.get("report.chart.periodHealth"),
                words.get("report.chart.initiatives"), words.get("health.GREEN"), words.get("health.AMBER"),
                words.get("health.RED"), "—", words.get("report.chart.noData")));
        Chart rate = RateChart.draw(trends.stream().map(trend -> new RateChart.Point(trend.code(), trend.onTimeRate()))
                .toList(), new RateChart.Words(words.get("report.chart.onTimeRate"), words.get("report.chart.period"),
                words.get("report.chart.onTimeShare"), words.get("report.chart.noValue"),
                words.get("report.chart.noData")), words.locale());
        return List.of(health, rate);
    }
}
