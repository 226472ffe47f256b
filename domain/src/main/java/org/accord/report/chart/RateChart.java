package org.accord.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A rate over periods, such as the on-time milestone rate: one point per period on a 0–100 % scale, joined by a
 * line, each point labelled with its percentage so that no value depends on reading the line's height.
 */
public final class RateChart {

    /** One period's rate, 0 to 1, or null when it had nothing to count. */
    public record Point(String label, Double rate) {
        public Point {
            Objects.requireNonNull(label, "label");
        }
    }

    /** The chart's words in the viewer's language. */
    public record Words(String title, String xAxis, String yAxis, String noValue, String noData) {
        public Words {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(xAxis, "xAxis");
            Objects.requireNonNull(yAxis, "yAxis");
            Objects.requireNonNull(noValue, "noValue");
            Objects.requireNonNull(noData, "noData");
        }
    }

    static final double WIDTH = 500;
    static final double HEIGHT = 240;

    private RateChart() {
    }

    public static Chart draw(List<Point> points, Words words, Locale locale) {
        if (points.stream().allMatch(point -> point.rate() == null)) {
            return Sketch.empty(words.title(), words.noData(), WIDTH, HEIGHT);
        }
        Sketch sketch = new Sketch(WIDTH);
        double plotTop = sketch.title(words.title()) + 24;
        double left = 50;
        double right = WIDTH - 20;
        double bottom = HEIGHT - 46;
        double unit = (bottom - plotTop) / 100;
        List<Shape> axes = new ArrayList<>();
        for (int value = 0; value <= 100; value += 25) {
            double y = bottom - value * unit;
            axes.add(new Shape.Line(left, y, right, y, Stroke.solid(Palette.GRID, 0.5)));
            axes.add(new Shape.Text(left - 5, y + 3, value + " %", Anchor.END, Sketch.TICK_SIZE, false, Palette.MUTED));
        }
        axes.add(new Shape.Line(left, bottom, right, bottom, Stroke.solid(Palette.MUTED, 1)));
        axes.add(new Shape.Text((left + right) / 2, HEIGHT - 6, words.xAxis(), Anchor.MIDDLE, Sketch.LABEL_SIZE,
                false, Palette.INK));
        axes.add(new Shape.Text(10, plotTop - 12, words.yAxis(), Anchor.START, Sketch.LABEL_SIZE, false, Palette.INK));
        sketch.add(new Shape.Group(null, axes));

        double slot = (right - left) / points.size();
        List<Shape.Point> line = new ArrayList<>();
        List<Shape> groups = new ArrayList<>();
        StringBuilder alt = new StringBuilder(words.title()).append(": ");
        String colour = Palette.SERIES.getFirst();
        for (int i = 0; i < points.size(); i++) {
            Point point = points.get(i);
            double x = left + slot * i + slot / 2;
            String value = point.rate() == null ? words.noValue() : percent(point.rate(), locale);
            List<Shape> shapes = new ArrayList<>();
            if (point.rate() != null) {
                double y = bottom - point.rate() * 100 * unit;
                line.add(new Shape.Point(x, y));
                shapes.add(new Shape.Marker(x, y, 7, MarkerShape.CIRCLE, colour, Palette.WHITE));
                shapes.add(new Shape.Text(x, y - 8, value, Anchor.MIDDLE, Sketch.TICK_SIZE, true, Palette.INK));
            }
            shapes.add(new Shape.Text(x, bottom + 13, Sketch.fit(point.label(), Sketch.TICK_SIZE, slot - 2),
                    Anchor.MIDDLE, Sketch.TICK_SIZE, false, Palette.INK));
            groups.add(new Shape.Group(point.label() + ": " + value, shapes));
            alt.append(point.label()).append(' ').append(value).append("; ");
        }
        if (line.size() > 1) {
            sketch.add(new Shape.Polyline(line, Stroke.solid(colour, 1.5)));
        }
        groups.forEach(sketch::add);
        return new Chart(words.title(), sketch.drawing(HEIGHT), alt.substring(0, alt.length() - 2) + ".",
                new ChartTable(List.of(words.xAxis(), words.yAxis()), points.stream().map(point -> List.of(point.label(),
                        point.rate() == null ? words.noValue() : percent(point.rate(), locale))).toList()));
    }

    static String percent(double rate, Locale locale) {
        return String.format(locale, "%.0f %%", rate * 100);
    }
}
