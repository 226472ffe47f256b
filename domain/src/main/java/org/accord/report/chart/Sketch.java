package org.accord.report.chart;

import java.util.ArrayList;
import java.util.List;

/** Collects the shapes of a drawing, with the pieces every chart shares: title, wrapped legend, empty state. */
final class Sketch {

    static final double TITLE_SIZE = 13;
    static final double LABEL_SIZE = 10;
    static final double TICK_SIZE = 9;
    /** Roughly DejaVu Sans' average advance; layout only, so a little generous. */
    private static final double AVERAGE_ADVANCE = 0.6;

    private final double width;
    private final List<Shape> shapes = new ArrayList<>();

    /** A sketch as wide as the drawing will be; its height is known once the shapes are laid out. */
    Sketch(double width) {
        this.width = width;
    }

    static Chart empty(String title, String noData, double width, double height) {
        Sketch sketch = new Sketch(width);
        sketch.title(title);
        sketch.add(new Shape.Rect(10, 30, width - 20, height - 40, "#f7f7f7", Stroke.solid(Palette.GRID, 1)));
        sketch.text((width) / 2, 30 + (height - 40) / 2 + 4, noData, Anchor.MIDDLE, LABEL_SIZE + 1, false,
                Palette.MUTED);
        return new Chart(title, sketch.drawing(height), title + ": " + noData);
    }

    static double textWidth(String text, double size) {
        return text.codePointCount(0, text.length()) * size * AVERAGE_ADVANCE;
    }

    /** The text, shortened with an ellipsis to about {@code maxWidth}. */
    static String fit(String text, double size, double maxWidth) {
        if (textWidth(text, size) <= maxWidth) {
            return text;
        }
        int keep = Math.max(1, (int) (maxWidth / (size * AVERAGE_ADVANCE)) - 1);
        int end = text.offsetByCodePoints(0, Math.min(keep, text.codePointCount(0, text.length())));
        return text.substring(0, end).strip() + "…";
    }

    /** The text in at most {@code maxLines} lines of about {@code maxWidth}, broken at spaces; the last one fitted. */
    static List<String> wrap(String text, double size, double maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String[] words = text.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
            if (line.isEmpty() || textWidth(candidate, size) <= maxWidth || lines.size() == maxLines - 1) {
                line.setLength(0);
                line.append(candidate);
            } else {
                lines.add(line.toString());
                line.setLength(0);
                line.append(words[i]);
            }
        }
        lines.add(fit(line.toString(), size, maxWidth));
        return lines;
    }

    double width() {
        return width;
    }

    Sketch add(Shape shape) {
        shapes.add(shape);
        return this;
    }

    void text(double x, double y, String text, Anchor anchor, double size, boolean bold, String colour) {
        shapes.add(new Shape.Text(x, y, text, anchor, size, bold, colour));
    }

    void line(double x1, double y1, double x2, double y2, Stroke stroke) {
        shapes.add(new Shape.Line(x1, y1, x2, y2, stroke));
    }

    /** The title on the first line, bold; returns the y below it. */
    double title(String title) {
        text(10, 18, fit(title, TITLE_SIZE, width - 20), Anchor.START, TITLE_SIZE, true, Palette.INK);
        return 28;
    }

    /** A legend entry: a swatch (a box, or a line with a marker) and its label. */
    record LegendEntry(String label, String fill, Stroke line, MarkerShape marker) {

        static LegendEntry box(String label, String fill) {
            return new LegendEntry(label, fill, null, null);
        }

        static LegendEntry line(String label, Stroke line, MarkerShape marker) {
            return new LegendEntry(label, line.colour(), line, marker);
        }

        static LegendEntry hollowMarker(String label, MarkerShape marker) {
            return new LegendEntry(label, Palette.WHITE, null, marker);
        }
    }

    /** Legend entries in rows from {@code top}, wrapping at the drawing's width; returns the y below them. */
    double legend(List<LegendEntry> entries, double top) {
        double x = 10;
        double rowHeight = 14;
        double y = top;
        List<Shape> group = new ArrayList<>();
        for (LegendEntry entry : entries) {
            String label = fit(entry.label(), TICK_SIZE, width / 2);
            double entryWidth = 22 + textWidth(label, TICK_SIZE) + 12;
            if (x > 10 && x + entryWidth > width - 10) {
                x = 10;
                y += rowHeight;
            }
            double middle = y + rowHeight / 2;
            if (entry.line() == null && entry.marker() != null) {
                group.add(new Shape.Marker(x + 9, middle, 7, entry.marker(), entry.fill(), Palette.INK));
            } else if (entry.line() == null) {
                group.add(new Shape.Rect(x + 4, middle - 5, 10, 10, entry.fill(), Stroke.solid(Palette.MUTED, 0.5)));
            } else {
                group.add(new Shape.Line(x, middle, x + 18, middle, entry.line()));
                if (entry.marker() != null) {
                    group.add(new Shape.Marker(x + 9, middle, 7, entry.marker(), entry.fill(), entry.fill()));
                }
            }
            group.add(new Shape.Text(x + 22, middle + 3, label, Anchor.START, TICK_SIZE, false, Palette.INK));
            x += entryWidth;
        }
        shapes.add(new Shape.Group(null, group));
        return y + rowHeight + 4;
    }

    Drawing drawing(double height) {
        return new Drawing(width, height, shapes);
    }
}
