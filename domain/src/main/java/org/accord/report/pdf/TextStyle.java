package org.accord.report.pdf;

/** How a run of text looks: body text, bold, small print, muted (grey) and monospaced for identifiers and hashes. */
public enum TextStyle {
    NORMAL,
    BOLD,
    SMALL,
    MUTED,
    MONO
}
