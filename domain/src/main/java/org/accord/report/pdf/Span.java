package org.accord.report.pdf;

import java.util.Locale;
import java.util.Objects;

/** A run of text in one style; a language other than null marks it as written in that language. */
public record Span(String text, TextStyle style, Locale language) {

    public Span {
        text = text == null ? "" : text;
        style = Objects.requireNonNullElse(style, TextStyle.NORMAL);
    }

    public static Span of(String text) {
        return new Span(text, TextStyle.NORMAL, null);
    }

    public static Span of(String text, TextStyle style) {
        return new Span(text, style, null);
    }
}
