package org.accord.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class AccumulatorsTest {

    @Test
    void burnUpCountsMilestonesDueByEachMonthsEnd() {
        BurnUpAccumulator burnUp = new BurnUpAccumulator()
                .add(dates("2012-11-05", "2012-12-01", "2012-12-03"))
                .add(dates("2013-01-31", "2013-02-01", "2013-02-27"))
                .add(dates("2013-02-01", "2013-03-31", null))
                .add(dates(null, null, null))
                .add(dates("2013-05-01", "2013-04-01", null));

        List<BurnUpPoint> points = burnUp.points(LocalDate.of(2013, 1, 10), LocalDate.of(2013, 4, 2));

        assertThat(burnUp.total()).isEqualTo(5);
        assertThat(points).containsExactly(
                new BurnUpPoint(LocalDate.of(2013, 1, 31), 2, 1, 1),
                new BurnUpPoint(LocalDate.of(2013, 2, 28), 3, 2, 2),
                new BurnUpPoint(LocalDate.of(2013, 3, 31), 3, 3, 2),
                new BurnUpPoint(LocalDate.of(2013, 4, 30), 3, 4, 2));
    }

    @Test
    void burnUpWithNothingAddedIsFlatAtZero() {
        List<BurnUpPoint> points = new BurnUpAccumulator().points(LocalDate.of(2013, 2, 1), LocalDate.of(2013, 2, 28));

        assertThat(points).containsExactly(new BurnUpPoint(LocalDate.of(2013, 2, 28), 0, 0, 0));
        assertThatThrownBy(() -> new BurnUpAccumulator().points(LocalDate.of(2013, 3, 1), LocalDate.of(2013, 2, 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void slippageFallsIntoItsBucketAtEachBoundary() {
        assertThat(Slippage.of(-40)).isEqualTo(Slippage.ON_TIME);
        assertThat(Slippage.of(0)).isEqualTo(Slippage.ON_TIME);
        assertThat(Slippage.of(1)).isEqualTo(Slippage.UP_TO_30_DAYS);
        assertThat(Slippage.of(30)).isEqualTo(Slippage.UP_TO_30_DAYS);
        assertThat(Slippage.of(31)).isEqualTo(Slippage.UP_TO_90_DAYS);
        assertThat(Slippage.of(90)).isEqualTo(Slippage.UP_TO_90_DAYS);
        assertThat(Slippage.of(91)).isEqualTo(Slippage.UP_TO_180_DAYS);
        assertThat(Slippage.of(180)).isEqualTo(Slippage.UP_TO_180_DAYS);
        assertThat(Slippage.of(181)).isEqualTo(Slippage.OVER_180_DAYS);
        assertThat(Slippage.of(5000)).isEqualTo(Slippage.OVER_180_DAYS);
    }

    @Test
    void slippageMeasuresTheActualDateOrElseTheForecastAgainstTheBaseline() {
        LocalDate baseline = LocalDate.of(2013, 1, 1);
        SlippageAccumulator slippage = new SlippageAccumulator()
                .add(new MilestoneDates(baseline, LocalDate.of(2013, 12, 1), LocalDate.of(2013, 1, 20)))
                .add(new MilestoneDates(baseline, LocalDate.of(2013, 3, 15), null))
                .add(new MilestoneDates(baseline, null, LocalDate.of(2012, 12, 1)))
                .add(new MilestoneDates(null, LocalDate.of(2013, 4, 2), null))
                .add(new MilestoneDates(baseline, null, null))
                .add(400);

        assertThat(slippage.total()).isEqualTo(4);
        assertThat(slippage.buckets(Enum::name)).containsExactly(
                new SlippageBucket("ON_TIME", 1),
                new SlippageBucket("UP_TO_30_DAYS", 1),
                new SlippageBucket("UP_TO_90_DAYS", 1),
                new SlippageBucket("UP_TO_180_DAYS", 0),
                new SlippageBucket("OVER_180_DAYS", 1));
    }

    private static MilestoneDates dates(String baseline, String forecast, String actual) {
        return new MilestoneDates(day(baseline), day(forecast), day(actual));
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }

    @Test
    void countTicksAreRound() {
        assertThat(Ticks.countStep(4, 5)).isEqualTo(1);
        assertThat(Ticks.countStep(7, 5)).isEqualTo(2);
        assertThat(Ticks.countStep(23, 5)).isEqualTo(5);
        assertThat(Ticks.countStep(480, 5)).isEqualTo(100);
        assertThat(Ticks.countTop(7, 2)).isEqualTo(8);
        assertThat(Ticks.countTop(0, 1)).isEqualTo(1);
    }
}
