package org.accord.report.chart;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Milestone trend analysis: for each key milestone, how its forecast date moved from report to report. Rising lines
 * slip, flat lines hold, falling lines gain; a line that meets the diagonal (forecast = report date) is done.
 */
public final class TrendChart {

    /** The most series that stay readable, each with its own colour, marker and dash. */
    public static final int MAX_SERIES = 8;

    /** The chart's words in the report's language(s). */
    public record Words(String title, String xAxis, String yAxis, String baseline, String latestForecast,
                        String diagonal, String noData) {
        public Words {
            for (String word : new String[] {title, xAxis, yAxis, baseline, latestForecast, diagonal, noData}) {
                Objects.requireNonNull(word, "A trend chart word is missing");
            }
        }
    }

    static final double WIDTH = 500;
    static final double HEIGHT = 300;
    private static final Stroke DIAGONAL = Stroke.solid(Palette.MUTED, 1);

    private TrendChart() {
    }

    public static Chart draw(List<TrendSeries> series, Locale locale, Words words) {
        if (series.size() > MAX_SERIES) {
            throw new IllegalArgumentException("A trend chart shows at most " + MAX_SERIES + " milestones, not "
                    + series.size() + "; pick the key ones");
        }
        List<TrendSeries> drawn = series.stream().filter(s -> !s.points().isEmpty()).toList();
        if (drawn.isEmpty()) {
            return Sketch.empty(words.title(), words.noData(), WIDTH, HEIGHT);
        }
        Sketch sketch = new Sketch(WIDTH);
        List<Sketch.LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < drawn.size(); i++) {
            legend.add(Sketch.LegendEntry.line(drawn.get(i).label(), stroke(i), Palette.SHAPES.get(i)));
        }
        legend.add(Sketch.LegendEntry.hollowMarker(words.baseline(), MarkerShape.CIRCLE));
        legend.add(Sketch.LegendEntry.line(words.diagonal(), DIAGONAL, null));
        double plotTop = sketch.legend(legend, sketch.title(words.title())) + 20;
        double left = 64;
        double right = WIDTH - 20;
        double bottom = HEIGHT - 40;

        List<LocalDate> reportDates = drawn.stream().flatMap(s -> s.points().stream().map(TrendPoint::reportDate))
                .toList();
        LocalDate firstReport = reportDates.stream().min(LocalDate::compareTo).orElseThrow();
        LocalDate lastReport = reportDates.stream().max(LocalDate::compareTo).orElseThrow();
        // The baseline stands at the start of the first report's month, before any forecast moved it.
        TimeScale x = TimeScale.around(firstReport, lastReport, left, right);
        LocalDate minY = Stream.concat(Stream.of(x.start()), drawn.stream().flatMap(TrendChart::dates))
                .min(LocalDate::compareTo).orElseThrow();
        LocalDate maxY = Stream.concat(Stream.of(lastReport), drawn.stream().flatMap(TrendChart::dates))
                .max(LocalDate::compareTo).orElseThrow();
        TimeScale yScale = TimeScale.around(minY, maxY, bottom, plotTop);

        List<Shape> axes = new ArrayList<>();
        for (LocalDate tick : Ticks.months(yScale.start(), yScale.end(), 8)) {
            double y = yScale.at(tick);
            axes.add(new Shape.Line(left, y, right, y, Stroke.solid(Palette.GRID, 0.5)));
            axes.add(new Shape.Text(left - 5, y + 3, Ticks.month(tick, locale), Anchor.END, Sketch.TICK_SIZE, false,
                    Palette.MUTED));
        }
        TimeAxis.frame(axes, x, left, right, plotTop, bottom, HEIGHT, locale, words.xAxis(), words.yAxis());
        sketch.add(new Shape.Group(null, axes));

        // Forecast = report date, over the stretch both axes share (the y axis always covers the report dates).
        LocalDate diagonalEnd = x.end().isAfter(yScale.end()) ? yScale.end() : x.end();
        sketch.add(new Shape.Group(words.diagonal(), List.of(new Shape.Line(x.at(x.start()), yScale.at(x.start()),
                x.at(diagonalEnd), yScale.at(diagonalEnd), DIAGONAL))));

        DateTimeFormatter day = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale);
        StringBuilder alt = new StringBuilder(words.title()).append(": ");
        for (int i = 0; i < drawn.size(); i++) {
            TrendSeries one = drawn.get(i);
            String colour = Palette.SERIES.get(i);
            MarkerShape shape = Palette.SHAPES.get(i);
            List<Shape.Point> line = new ArrayList<>();
            List<Shape> markers = new ArrayList<>();
            if (one.baseline() != null) {
                Shape.Point start = new Shape.Point(x.at(x.start()), yScale.at(one.baseline()));
                line.add(start);
                markers.add(new Shape.Marker(start.x(), start.y(), 7, shape, Palette.WHITE, colour));
            }
            for (TrendPoint point : one.points()) {
                Shape.Point at = new Shape.Point(x.at(point.reportDate()), yScale.at(point.forecast()));
                line.add(at);
                markers.add(new Shape.Marker(at.x(), at.y(), 7, shape, colour, colour));
            }
            List<Shape> shapes = new ArrayList<>();
            shapes.add(new Shape.Polyline(line, stroke(i)));
            shapes.addAll(markers);
            TrendPoint latest = one.points().getLast();
            String summary = (one.baseline() == null ? "" : words.baseline() + " " + day.format(one.baseline())
                    + ", ") + words.latestForecast() + " " + day.format(latest.forecast()) + " ("
                    + day.format(latest.reportDate()) + ")";
            sketch.add(new Shape.Group(one.label() + ": " + summary, shapes));
            alt.append(one.label()).append(": ").append(summary).append("; ");
        }
        List<List<String>> rows = new ArrayList<>();
        for (TrendSeries one : drawn) {
            for (TrendPoint point : one.points()) {
                rows.add(List.of(one.label(), one.baseline() == null ? "" : day.format(one.baseline()),
                        day.format(point.reportDate()), day.format(point.forecast())));
            }
        }
        return new Chart(words.title(), sketch.drawing(HEIGHT), alt.substring(0, alt.length() - 2) + ".",
                new ChartTable(List.of(words.title(), words.baseline(), words.xAxis(), words.yAxis()), rows));
    }

    private static Stroke stroke(int series) {
        return Stroke.dashed(Palette.SERIES.get(series), 1.5, Palette.DASHES.get(series));
    }

    private static Stream<LocalDate> dates(TrendSeries series) {
        return Stream.concat(Stream.ofNullable(series.baseline()), series.points().stream()
                .flatMap(p -> Stream.of(p.reportDate(), p.forecast())));
    }
}
