package org.accord.report.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Advance widths of one font by code point, measured once: layout asks for them for every character. */
final class GlyphMetrics {

    private static final float MISSING = -1;

    private final PDFont font;
    private final float[] bmp = new float[Character.MAX_VALUE + 1];
    private final Map<Integer, Float> supplementary = new HashMap<>();
    private final int replacement;

    GlyphMetrics(PDFont font) {
        this.font = font;
        java.util.Arrays.fill(bmp, Float.NaN);
        this.replacement = measure(0xFFFD) != MISSING ? 0xFFFD : '?';
    }

    /** The code point drawn for {@code codePoint}: itself when the font has a glyph, else a replacement mark. */
    int drawable(int codePoint) {
        return width(codePoint) != MISSING ? codePoint : replacement;
    }

    /** Width in thousandths of the font size, or -1 when the font has no glyph for it. */
    float width(int codePoint) {
        if (codePoint <= Character.MAX_VALUE) {
            float w = bmp[codePoint];
            if (Float.isNaN(w)) {
                w = measure(codePoint);
                bmp[codePoint] = w;
            }
            return w;
        }
        return supplementary.computeIfAbsent(codePoint, this::measure);
    }

    private float measure(int codePoint) {
        try {
            return font.getStringWidth(new String(Character.toChars(codePoint)));
        } catch (IllegalArgumentException noGlyph) {
            return MISSING;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
