package org.accord.report.chart;

/** Which point of a text its x names: its start, its middle or its end. */
public enum Anchor {
    START,
    MIDDLE,
    END
}
