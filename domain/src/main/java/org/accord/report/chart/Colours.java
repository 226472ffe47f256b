package org.accord.report.chart;

import java.util.regex.Pattern;

/** Hex colours (#rrggbb), checked once so that the writers can copy them into SVG and PDF unescaped. */
final class Colours {

    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");

    private Colours() {
    }

    static String check(String colour) {
        if (colour == null || !HEX.matcher(colour).matches()) {
            throw new IllegalArgumentException("A colour is written #rrggbb, not " + colour);
        }
        return colour;
    }

    /** Red, green and blue between 0 and 1. */
    static float[] rgb(String colour) {
        int value = Integer.parseInt(colour.substring(1), 16);
        return new float[] {((value >> 16) & 0xff) / 255f, ((value >> 8) & 0xff) / 255f, (value & 0xff) / 255f};
    }
}
