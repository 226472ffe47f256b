package org.accord.report.chart;

import java.util.Objects;

/**
 * A chart ready to write: its title, its drawing, and a plain-language summary of its data for screen readers and
 * the PDF figure's alternate text.
 */
public record Chart(String title, Drawing drawing, String altText) {

    public Chart {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(drawing, "drawing");
        Objects.requireNonNull(altText, "altText");
    }
}
