package org.accord.report.chart;

import java.util.List;

/** A picture in abstract units (about one point each), y growing downwards as in SVG. */
public record Drawing(double width, double height, List<Shape> shapes) {

    public Drawing {
        if (!(width > 0) || !(height > 0)) {
            throw new IllegalArgumentException("A drawing needs a positive size, not " + width + " x " + height);
        }
        shapes = List.copyOf(shapes);
    }
}
