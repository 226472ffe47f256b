package org.accord.report.chart;

import java.util.List;

/**
 * Colours chosen to survive colour blindness and a grey printer: health colours from Paul Tol's high-contrast set
 * (green, red and amber differ in lightness too), series colours from Okabe and Ito, always paired with a marker
 * shape and a dash pattern.
 */
final class Palette {

    static final String INK = "#222222";
    static final String MUTED = "#555555";
    static final String GRID = "#dddddd";
    static final String WHITE = "#ffffff";

    static final String GREEN = "#117733";
    static final String AMBER = "#ddaa33";
    static final String RED = "#bb5566";
    static final String NOT_RATED = "#cccccc";

    static final List<String> SERIES = List.of(
            "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#000000", "#888888");
    static final List<MarkerShape> SHAPES = List.of(MarkerShape.values());
    static final List<double[]> DASHES = List.of(
            new double[0], new double[] {6, 3}, new double[] {2, 2}, new double[] {8, 3, 2, 3},
            new double[0], new double[] {6, 3}, new double[] {2, 2}, new double[] {8, 3, 2, 3});

    /** Slippage from on time to very late: lightness falls as lateness grows, so grey prints keep the order. */
    static final List<String> SLIPPAGE = List.of("#117733", "#f6c141", "#e8601c", "#dc050c", "#72190e");

    private Palette() {
    }

    /** Black or white, whichever reads better on {@code background}. */
    static String textOn(String background) {
        float[] rgb = Colours.rgb(background);
        double luminance = 0.299 * rgb[0] + 0.587 * rgb[1] + 0.114 * rgb[2];
        return luminance < 0.55 ? WHITE : INK;
    }
}
