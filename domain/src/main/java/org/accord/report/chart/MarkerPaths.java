package org.accord.report.chart;

import java.util.ArrayList;
import java.util.List;

/** The outlines of markers, shared by both writers so that screen and paper show the same shapes. */
final class MarkerPaths {

    private MarkerPaths() {
    }

    /** The corners of a polygon marker, in drawing coordinates (y down). */
    static List<Shape.Point> outline(Shape.Marker marker) {
        double x = marker.x();
        double y = marker.y();
        double r = marker.size() / 2;
        return switch (marker.shape()) {
            case SQUARE -> List.of(p(x - r * 0.85, y - r * 0.85), p(x + r * 0.85, y - r * 0.85),
                    p(x + r * 0.85, y + r * 0.85), p(x - r * 0.85, y + r * 0.85));
            case TRIANGLE -> List.of(p(x, y - r * 1.1), p(x + r, y + r * 0.8), p(x - r, y + r * 0.8));
            case TRIANGLE_DOWN -> List.of(p(x, y + r * 1.1), p(x + r, y - r * 0.8), p(x - r, y - r * 0.8));
            case DIAMOND -> List.of(p(x, y - r * 1.15), p(x + r, y), p(x, y + r * 1.15), p(x - r, y));
            case STAR -> star(x, y, r * 1.15);
            default -> throw new IllegalArgumentException(marker.shape() + " is not drawn as a polygon");
        };
    }

    /** Pairs of end points of the strokes of a cross or plus marker. */
    static List<Shape.Point> strokes(Shape.Marker marker) {
        double x = marker.x();
        double y = marker.y();
        double r = marker.size() / 2;
        return switch (marker.shape()) {
            case CROSS -> List.of(p(x - r, y - r), p(x + r, y + r), p(x - r, y + r), p(x + r, y - r));
            case PLUS -> List.of(p(x - r, y), p(x + r, y), p(x, y - r), p(x, y + r));
            default -> throw new IllegalArgumentException(marker.shape() + " is not drawn with strokes");
        };
    }

    private static List<Shape.Point> star(double x, double y, double r) {
        List<Shape.Point> points = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            double angle = Math.PI / 5 * i - Math.PI / 2;
            double radius = i % 2 == 0 ? r : r * 0.45;
            points.add(p(x + radius * Math.cos(angle), y + radius * Math.sin(angle)));
        }
        return points;
    }

    private static Shape.Point p(double x, double y) {
        return new Shape.Point(x, y);
    }
}
