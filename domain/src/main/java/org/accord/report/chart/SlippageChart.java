package org.accord.report.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Slippage distribution: one vertical bar per bucket, from on time to very late, each labelled with its count. */
public final class SlippageChart {

    /** The chart's words in the report's language(s). */
    public record Words(String title, String xAxis, String yAxis, String noData) {
        public Words {
            Objects.requireNonNull(title, "title");
            Objects.requireNonNull(xAxis, "xAxis");
            Objects.requireNonNull(yAxis, "yAxis");
            Objects.requireNonNull(noData, "noData");
        }
    }

    static final double WIDTH = 500;
    static final double HEIGHT = 260;

    private SlippageChart() {
    }

    public static Chart draw(List<SlippageBucket> buckets, Words words) {
        if (buckets.stream().allMatch(b -> b.count() == 0)) {
            return Sketch.empty(words.title(), words.noData(), WIDTH, HEIGHT);
        }
        Sketch sketch = new Sketch(WIDTH);
        double plotTop = sketch.title(words.title()) + 30;
        double left = 50;
        double right = WIDTH - 20;
        double bottom = HEIGHT - 52;

        int max = buckets.stream().mapToInt(SlippageBucket::count).max().orElse(0);
        int step = Ticks.countStep(max, 5);
        int top = Ticks.countTop(max, step);
        double unit = (bottom - plotTop) / top;
        List<Shape> axes = new ArrayList<>();
        for (int value = 0; value <= top; value += step) {
            double y = bottom - value * unit;
            axes.add(new Shape.Line(left, y, right, y, Stroke.solid(Palette.GRID, 0.5)));
            axes.add(new Shape.Text(left - 5, y + 3, Integer.toString(value), Anchor.END, Sketch.TICK_SIZE, false,
                    Palette.MUTED));
        }
        axes.add(new Shape.Line(left, bottom, right, bottom, Stroke.solid(Palette.MUTED, 1)));
        axes.add(new Shape.Line(left, plotTop, left, bottom, Stroke.solid(Palette.MUTED, 1)));
        axes.add(new Shape.Text((left + right) / 2, HEIGHT - 8, words.xAxis(), Anchor.MIDDLE, Sketch.LABEL_SIZE,
                false, Palette.INK));
        axes.add(new Shape.Text(10, plotTop - 16, words.yAxis(), Anchor.START, Sketch.LABEL_SIZE, false,
                Palette.INK));
        sketch.add(new Shape.Group(null, axes));

        double slot = (right - left) / buckets.size();
        double barWidth = slot * 0.7;
        StringBuilder alt = new StringBuilder(words.title()).append(": ");
        for (int i = 0; i < buckets.size(); i++) {
            SlippageBucket bucket = buckets.get(i);
            String fill = Palette.SLIPPAGE.get(Math.min(i, Palette.SLIPPAGE.size() - 1));
            double middle = left + slot * i + slot / 2;
            double height = bucket.count() * unit;
            List<Shape> bar = new ArrayList<>();
            if (bucket.count() > 0) {
                bar.add(new Shape.Rect(middle - barWidth / 2, bottom - height, barWidth, height, fill,
                        Stroke.solid(Palette.INK, 0.5)));
            }
            bar.add(new Shape.Text(middle, bottom - height - 4, Integer.toString(bucket.count()), Anchor.MIDDLE,
                    Sketch.LABEL_SIZE, true, Palette.INK));
            List<String> lines = Sketch.wrap(bucket.label(), Sketch.TICK_SIZE, slot - 4, 2);
            for (int line = 0; line < lines.size(); line++) {
                bar.add(new Shape.Text(middle, bottom + 13 + line * 11, lines.get(line), Anchor.MIDDLE,
                        Sketch.TICK_SIZE, false, Palette.INK));
            }
            sketch.add(new Shape.Group(bucket.label() + ": " + bucket.count(), bar));
            alt.append(bucket.label()).append(' ').append(bucket.count()).append("; ");
        }
        return new Chart(words.title(), sketch.drawing(HEIGHT), alt.substring(0, alt.length() - 2) + ".",
                new ChartTable(List.of(words.xAxis(), words.yAxis()), buckets.stream()
                        .map(bucket -> List.of(bucket.label(), "" + bucket.count())).toList()));
    }
}
