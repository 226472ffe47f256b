package org.accord.report.chart;

/**
 * The shape of a data marker; series differ in shape as well as colour, so that a grey print still tells them apart.
 */
public enum MarkerShape {
    CIRCLE,
    SQUARE,
    TRIANGLE,
    DIAMOND,
    TRIANGLE_DOWN,
    CROSS,
    PLUS,
    STAR
}
