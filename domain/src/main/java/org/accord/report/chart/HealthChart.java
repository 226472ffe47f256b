package org.accord.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Health by commitment: one horizontal bar per commitment, stacked green, amber, red and not rated. */
public final class HealthChart {

    /** The chart's words in the report's language(s). */
    public record Words(String title, String axis, String green, String amber, String red, String notRated,
                        String noData) {
        public Words {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(axis, "axis");
            Objects.requireNonNull(green, "green");
            Objects.requireNonNull(amber, "amber");
            Objects.requireNonNull(red, "red");
            Objects.requireNonNull(notRated, "notRated");
            Objects.requireNonNull(noData, "noData");
        }
    }

    static final double WIDTH = 500;
    private static final double BAR = 18;
    private static final double GAP = 8;

    private HealthChart() {
    }

    public static Chart draw(List<CommitmentHealth> commitments, Words words) {
        if (commitments.stream().allMatch(c -> c.total() == 0)) {
            return Sketch.empty(words.title(), words.noData(), WIDTH, 260);
        }
        boolean anyNotRated = commitments.stream().anyMatch(c -> c.notRated() > 0);
        List<Sketch.LegendEntry> legend = new ArrayList<>(List.of(
                Sketch.LegendEntry.box(words.green(), Palette.GREEN),
                Sketch.LegendEntry.box(words.amber(), Palette.AMBER),
                Sketch.LegendEntry.box(words.red(), Palette.RED)));
        if (anyNotRated) {
            legend.add(Sketch.LegendEntry.box(words.notRated(), Palette.NOT_RATED));
        }

        double labelWidth = Math.min(WIDTH * 0.4,
                commitments.stream().mapToDouble(c -> Sketch.textWidth(c.label(), Sketch.TICK_SIZE)).max().orElse(0));
        double left = 10 + labelWidth + 8;
        double right = WIDTH - 20;
        Sketch sketch = new Sketch(WIDTH);
        double barsTop = sketch.legend(legend, sketch.title(words.title())) + 4;
        double barsBottom = barsTop + commitments.size() * (BAR + GAP);
        // The drawing grows with the commitments, so bars keep their thickness.
        double height = barsBottom + 40;

        int max = commitments.stream().mapToInt(CommitmentHealth::total).max().orElse(0);
        int step = Ticks.countStep(max, 5);
        int top = Ticks.countTop(max, step);
        double unit = (right - left) / top;
        List<Shape> grid = new ArrayList<>();
        for (int value = 0; value <= top; value += step) {
            double x = left + value * unit;
            grid.add(new Shape.Line(x, barsTop - 2, x, barsBottom, Stroke.solid(Palette.GRID, 0.5)));
            grid.add(new Shape.Text(x, barsBottom + 12, Integer.toString(value), Anchor.MIDDLE, Sketch.TICK_SIZE,
                    false, Palette.MUTED));
        }
        sketch.add(new Shape.Group(null, grid));
        sketch.line(left, barsTop - 2, left, barsBottom, Stroke.solid(Palette.MUTED, 1));
        sketch.text((left + right) / 2, barsBottom + 28, words.axis(), Anchor.MIDDLE, Sketch.LABEL_SIZE, false,
                Palette.INK);

        StringBuilder alt = new StringBuilder(words.title()).append(": ");
        double y = barsTop + GAP / 2;
        for (CommitmentHealth commitment : commitments) {
            String summary = summary(commitment, words, anyNotRated);
            List<Shape> bar = new ArrayList<>();
            bar.add(new Shape.Text(left - 6, y + BAR / 2 + 3, Sketch.fit(commitment.label(), Sketch.TICK_SIZE,
                    labelWidth), Anchor.END, Sketch.TICK_SIZE, false, Palette.INK));
            double x = left;
            int[] counts = {commitment.green(), commitment.amber(), commitment.red(), commitment.notRated()};
            String[] fills = {Palette.GREEN, Palette.AMBER, Palette.RED, Palette.NOT_RATED};
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    continue;
                }
                double length = counts[i] * unit;
                bar.add(new Shape.Rect(x, y, length, BAR, fills[i], Stroke.solid(Palette.WHITE, 0.75)));
                String count = Integer.toString(counts[i]);
                if (Sketch.textWidth(count, Sketch.TICK_SIZE) + 2 <= length) {
                    bar.add(new Shape.Text(x + length / 2, y + BAR / 2 + 3, count, Anchor.MIDDLE, Sketch.TICK_SIZE,
                            true, Palette.textOn(fills[i])));
                }
                x += length;
            }
            sketch.add(new Shape.Group(commitment.label() + ": " + summary, bar));
            alt.append(commitment.label()).append(": ").append(summary).append("; ");
            y += BAR + GAP;
        }
        List<String> headers = new ArrayList<>(List.of(words.axis(), words.green(), words.amber(), words.red()));
        if (anyNotRated) {
            headers.add(words.notRated());
        }
        List<List<String>> rows = commitments.stream().map(c -> {
            List<String> row = new ArrayList<>(List.of(c.label(), "" + c.green(), "" + c.amber(), "" + c.red()));
            if (anyNotRated) {
                row.add("" + c.notRated());
            }
            return row;
        }).toList();
        return new Chart(words.title(), sketch.drawing(height), alt.substring(0, alt.length() - 2) + ".",
                new ChartTable(headers, rows));
    }

    private static String summary(CommitmentHealth commitment, Words words, boolean withNotRated) {
        String text = commitment.green() + " " + words.green() + ", " + commitment.amber() + " " + words.amber()
                + ", " + commitment.red() + " " + words.red();
        return withNotRated ? text + ", " + commitment.notRated() + " " + words.notRated() : text;
    }
}
