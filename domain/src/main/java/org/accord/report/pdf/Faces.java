package org.accord.report.pdf;

/** The type scale: body text, table text (a point smaller), headings by level, page furniture. */
final class Faces {

    static final float BODY_SIZE = 9.5f;
    static final float TABLE_SIZE = 8.5f;
    private static final float[] HEADING_SIZES = {16f, 13f, 11f, 10f};
    static final float MUTED_GRAY = 0.38f;

    private final PdfFonts fonts;
    private final GlyphMetrics regular;
    private final GlyphMetrics bold;
    private final GlyphMetrics mono;

    Faces(PdfFonts fonts) {
        this.fonts = fonts;
        this.regular = new GlyphMetrics(fonts.regular());
        this.bold = new GlyphMetrics(fonts.bold());
        this.mono = new GlyphMetrics(fonts.mono());
        TextStyle[] styles = TextStyle.values();
        bodyFaces = new Face[styles.length];
        tableFaces = new Face[styles.length];
        for (TextStyle style : styles) {
            bodyFaces[style.ordinal()] = face(style, BODY_SIZE);
            tableFaces[style.ordinal()] = face(style, TABLE_SIZE);
        }
    }

    private final Face[] bodyFaces;
    private final Face[] tableFaces;

    Face body(TextStyle style) {
        return bodyFaces[style.ordinal()];
    }

    Face table(TextStyle style) {
        return tableFaces[style.ordinal()];
    }

    private Face face(TextStyle style, float size) {
        return switch (style) {
            case NORMAL -> new Face(fonts.regular(), regular, size, 0f);
            case BOLD -> new Face(fonts.bold(), bold, size, 0f);
            case SMALL -> new Face(fonts.regular(), regular, size - 1.5f, 0.15f);
            case MUTED -> new Face(fonts.regular(), regular, size, MUTED_GRAY);
            case MONO -> new Face(fonts.mono(), mono, size - 0.5f, 0f);
        };
    }

    Face heading(int level) {
        return new Face(fonts.bold(), bold, HEADING_SIZES[level - 1], 0f);
    }

    Face furniture(boolean monospaced) {
        return monospaced ? new Face(fonts.mono(), mono, 7f, 0.25f) : new Face(fonts.regular(), regular, 7.5f, 0.25f);
    }

    Face furnitureBold() {
        return new Face(fonts.bold(), bold, 8f, 0.2f);
    }
}
