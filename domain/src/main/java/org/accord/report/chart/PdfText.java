package org.accord.report.chart;

import java.io.IOException;
import org.apache.pdfbox.pdmodel.font.PDFont;

/** Text an embedded font can show: characters it has no glyph for become '?', control characters go. */
final class PdfText {

    private PdfText() {
    }

    static String drawable(PDFont font, String text) throws IOException {
        StringBuilder shown = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isISOControl(c)) {
                continue;
            }
            String one = new String(Character.toChars(c));
            shown.append(canEncode(font, one) ? one : "?");
        }
        return shown.toString();
    }

    private static boolean canEncode(PDFont font, String character) throws IOException {
        try {
            font.encode(character);
            return true;
        } catch (IllegalArgumentException noGlyph) {
            return false;
        }
    }
}
