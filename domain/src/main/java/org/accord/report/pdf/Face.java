package org.accord.report.pdf;

import org.apache.pdfbox.pdmodel.font.PDFont;

/** A font at a size and a grey level (0 black): what one run of text is drawn with. */
record Face(PDFont font, GlyphMetrics metrics, float size, float gray) {

    static final float LEADING = 1.3f;

    float width(int codePoint) {
        return metrics.width(codePoint) * size / 1000f;
    }

    float width(String text) {
        float w = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            w += width(metrics.drawable(cp));
            i += Character.charCount(cp);
        }
        return w;
    }

    float lineHeight() {
        return size * LEADING;
    }
}
