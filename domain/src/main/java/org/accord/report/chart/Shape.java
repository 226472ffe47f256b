package org.accord.report.chart;

import java.util.List;
import java.util.Objects;

/** What a drawing is made of; coordinates in the drawing's units, y growing downwards. */
public sealed interface Shape {

    record Line(double x1, double y1, double x2, double y2, Stroke stroke) implements Shape {
        public Line {
            Objects.requireNonNull(stroke, "stroke");
        }
    }

    /** A rectangle filled with {@code fill} (hex), outlined by {@code stroke} if not null. */
    record Rect(double x, double y, double width, double height, String fill, Stroke stroke) implements Shape {
        public Rect {
            Colours.check(fill);
        }
    }

    record Point(double x, double y) {
    }

    /** An open line through its points, never filled. */
    record Polyline(List<Point> points, Stroke stroke) implements Shape {
        public Polyline {
            points = List.copyOf(points);
            Objects.requireNonNull(stroke, "stroke");
        }
    }

    /** A data marker of {@code size} across, centred on (x, y); {@code fill} white draws it hollow. */
    record Marker(double x, double y, double size, MarkerShape shape, String fill, String outline) implements Shape {
        public Marker {
            Objects.requireNonNull(shape, "shape");
            Colours.check(fill);
            Colours.check(outline);
        }
    }

    /** One line of text; y is its baseline. */
    record Text(double x, double y, String text, Anchor anchor, double size, boolean bold, String colour)
            implements Shape {
        public Text {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(anchor, "anchor");
            Colours.check(colour);
        }
    }

    /** Shapes that belong together, such as one bar's segments; the title becomes a tooltip on the screen. */
    record Group(String title, List<Shape> shapes) implements Shape {
        public Group {
            shapes = List.copyOf(shapes);
        }
    }
}
