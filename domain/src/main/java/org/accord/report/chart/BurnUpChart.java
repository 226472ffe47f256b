package org.accord.report.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.ToIntFunction;

/**
 * Milestone burn-up: cumulative milestones over the months against the total scope, on the baseline plan, on the
 * forecast, and done; the actual line stops at the "as of" date, which a vertical marker shows.
 */
public final class BurnUpChart {

    /** The chart's words in the report's language(s). */
    public record Words(String title, String xAxis, String yAxis, String total, String baseline, String forecast,
                        String actual, String asOf, String noData) {
        public Words {
            for (String word : new String[] {title, xAxis, yAxis, total, baseline, forecast, actual, asOf, noData}) {
                Objects.requireNonNull(word, "A burn-up word is missing");
            }
        }
    }

    static final double WIDTH = 500;
    static final double HEIGHT = 260;

    static final Stroke TOTAL = Stroke.dashed(Palette.MUTED, 1, 1, 2);
    static final Stroke BASELINE = Stroke.dashed(Palette.SERIES.get(0), 1.5, 6, 3);
    static final Stroke FORECAST = Stroke.dashed(Palette.SERIES.get(1), 1.5, 2, 2);
    static final Stroke ACTUAL = Stroke.solid(Palette.SERIES.get(2), 2.5);
    private static final Stroke AS_OF = Stroke.dashed(Palette.INK, 1, 3, 2);

    private BurnUpChart() {
    }

    public static Chart draw(List<BurnUpPoint> points, int total, LocalDate asOf, Locale locale, Words words) {
        Objects.requireNonNull(asOf, "asOf");
        if (points.isEmpty() || total == 0) {
            return Sketch.empty(words.title(), words.noData(), WIDTH, HEIGHT);
        }
        List<BurnUpPoint> sorted = points.stream().sorted(Comparator.comparing(BurnUpPoint::date)).toList();
        Sketch sketch = new Sketch(WIDTH);
        double plotTop = sketch.legend(List.of(
                Sketch.LegendEntry.line(words.total(), TOTAL, null),
                Sketch.LegendEntry.line(words.baseline(), BASELINE, null),
                Sketch.LegendEntry.line(words.forecast(), FORECAST, null),
                Sketch.LegendEntry.line(words.actual(), ACTUAL, null)), sketch.title(words.title())) + 20;
        double left = 50;
        double right = WIDTH - 20;
        double bottom = HEIGHT - 40;

        LocalDate first = sorted.getFirst().date();
        LocalDate last = sorted.getLast().date();
        LocalDate min = asOf.isBefore(first) ? asOf : first;
        LocalDate max = asOf.isAfter(last) ? asOf : last;
        TimeScale time = TimeScale.around(min, max, left, right);
        int highest = Math.max(total, sorted.stream()
                .mapToInt(p -> Math.max(p.baseline(), Math.max(p.forecast(), p.actual()))).max().orElse(0));
        int step = Ticks.countStep(highest, 5);
        int top = Ticks.countTop(highest, step);
        ToDoubleCount y = count -> bottom - (bottom - plotTop) * count / top;

        List<Shape> axes = new ArrayList<>();
        for (int value = 0; value <= top; value += step) {
            double at = y.at(value);
            axes.add(new Shape.Line(left, at, right, at, Stroke.solid(Palette.GRID, 0.5)));
            axes.add(new Shape.Text(left - 5, at + 3, Integer.toString(value), Anchor.END, Sketch.TICK_SIZE, false,
                    Palette.MUTED));
        }
        TimeAxis.frame(axes, time, left, right, plotTop, bottom, HEIGHT, locale, words.xAxis(), words.yAxis());
        sketch.add(new Shape.Group(null, axes));

        sketch.add(new Shape.Group(words.total() + ": " + total,
                List.of(new Shape.Line(left, y.at(total), right, y.at(total), TOTAL))));
        sketch.add(series(words.baseline(), sorted, BurnUpPoint::baseline, time, y, BASELINE));
        sketch.add(series(words.forecast(), sorted, BurnUpPoint::forecast, time, y, FORECAST));
        sketch.add(actual(words.actual(), sorted, asOf, time, y));

        double asOfX = time.at(asOf);
        String asOfText = words.asOf() + " " + DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                .withLocale(locale).format(asOf);
        boolean labelLeft = asOfX + Sketch.textWidth(asOfText, Sketch.TICK_SIZE) > right;
        sketch.add(new Shape.Group(asOfText, List.of(
                new Shape.Line(asOfX, plotTop, asOfX, bottom, AS_OF),
                new Shape.Text(labelLeft ? asOfX - 3 : asOfX + 3, plotTop + 9, asOfText,
                        labelLeft ? Anchor.END : Anchor.START, Sketch.TICK_SIZE, false, Palette.INK))));

        BurnUpPoint now = at(sorted, asOf);
        String alt = words.title() + ": " + words.total() + " " + total + ". " + asOfText + ": "
                + words.baseline() + " " + now.baseline() + ", " + words.forecast() + " " + now.forecast() + ", "
                + words.actual() + " " + now.actual() + ". " + Ticks.month(sorted.getLast().date(), locale) + ": "
                + words.baseline() + " " + sorted.getLast().baseline() + ", " + words.forecast() + " "
                + sorted.getLast().forecast() + ".";
        return new Chart(words.title(), sketch.drawing(HEIGHT), alt, new ChartTable(List.of(words.xAxis(), words.baseline(),
                words.forecast(), words.actual()), sorted.stream().map(point -> List.of(Ticks.month(point.date(), locale),
                "" + point.baseline(), "" + point.forecast(), "" + point.actual())).toList()));
    }

    @FunctionalInterface
    private interface ToDoubleCount {
        double at(int count);
    }

    private static Shape series(String label, List<BurnUpPoint> points, ToIntFunction<BurnUpPoint> count,
                                TimeScale time, ToDoubleCount y, Stroke stroke) {
        List<Shape.Point> line = points.stream()
                .map(p -> new Shape.Point(time.at(p.date()), y.at(count.applyAsInt(p))))
                .toList();
        return new Shape.Group(label, List.of(new Shape.Polyline(line, stroke)));
    }

    /** Done milestones up to the as-of date; the month holding it ends the line at the as-of date itself. */
    private static Shape actual(String label, List<BurnUpPoint> points, LocalDate asOf, TimeScale time,
                                ToDoubleCount y) {
        List<Shape.Point> line = new ArrayList<>();
        for (BurnUpPoint point : points) {
            if (!point.date().isAfter(asOf)) {
                line.add(new Shape.Point(time.at(point.date()), y.at(point.actual())));
            } else {
                line.add(new Shape.Point(time.at(asOf), y.at(point.actual())));
                break;
            }
        }
        return new Shape.Group(label, List.of(new Shape.Polyline(line, ACTUAL)));
    }

    /** The point that holds the as-of date: the first on or after it, else the last. */
    private static BurnUpPoint at(List<BurnUpPoint> points, LocalDate asOf) {
        return points.stream().filter(p -> !p.date().isBefore(asOf)).findFirst().orElse(points.getLast());
    }
}
