package org.accord.report.chart;

import java.util.List;

/** How a line is drawn: colour (hex), width, and an optional dash array (empty: solid). */
public record Stroke(String colour, double width, List<Double> dash) {

    public Stroke {
        Colours.check(colour);
        if (!(width > 0)) {
            throw new IllegalArgumentException("A stroke needs a positive width, not " + width);
        }
        dash = List.copyOf(dash);
        for (double d : dash) {
            if (!(d >= 0) || Double.isInfinite(d)) {
                throw new IllegalArgumentException("Dash lengths are finite and not negative, not " + d);
            }
        }
    }

    public static Stroke solid(String colour, double width) {
        return new Stroke(colour, width, List.of());
    }

    public static Stroke dashed(String colour, double width, double... dash) {
        return new Stroke(colour, width, java.util.Arrays.stream(dash).boxed().toList());
    }

    public boolean isDashed() {
        return !dash.isEmpty();
    }
}
