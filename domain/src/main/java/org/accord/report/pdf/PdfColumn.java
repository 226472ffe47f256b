package org.accord.report.pdf;

import java.util.Objects;

/** A table column: its header, its width as a weight relative to the other columns, and its alignment. */
public record PdfColumn(String header, float width, Align align) {

    public PdfColumn {
        header = header == null ? "" : header;
        align = Objects.requireNonNullElse(align, Align.LEFT);
        if (!(width > 0)) {
            throw new IllegalArgumentException("Column width must be positive: " + width);
        }
    }

    public static PdfColumn of(String header, float width) {
        return new PdfColumn(header, width, Align.LEFT);
    }
}
