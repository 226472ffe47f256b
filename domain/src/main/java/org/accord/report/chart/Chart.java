package org.accord.report.chart;

import java.util.Objects;

/**
 * A chart ready to write: its title, its drawing, a plain-language summary of its data for screen readers and
 * the PDF figure's alternate text, and its numbers as a table.
 */
public record Chart(String title, Drawing drawing, String altText, ChartTable table) {

    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(drawing, "drawing");
        Objects.requireNonNull(altText, "altText");
        Objects.requireNonNull(table, "table");
    }

    /** A chart with nothing to tabulate. */
    public Chart(String title, Drawing drawing, String altText) {
        this(title, drawing, altText, ChartTable.none());
    }
}
