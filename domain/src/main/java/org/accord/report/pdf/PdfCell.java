package org.accord.report.pdf;

import java.util.List;
import java.util.Locale;

/** The content of a table cell or of one side of a side-by-side block: runs of text. */
public record PdfCell(List<Span> spans) {

    public PdfCell {
        spans = spans == null ? List.of() : List.copyOf(spans);
    }

    public static PdfCell of(String text) {
        return new PdfCell(List.of(Span.of(text)));
    }

    /** A cell written in the given language (e.g. the Spanish side of a bilingual pair). */
    public static PdfCell of(String text, Locale language) {
        return new PdfCell(List.of(new Span(text, TextStyle.NORMAL, language)));
    }
}
