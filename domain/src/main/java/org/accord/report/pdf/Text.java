package org.accord.report.pdf;

/** Makes input text safe to draw: tabs and carriage returns become spaces, other control characters go. */
final class Text {

    private Text() {
    }

    /** @param keepNewlines true where a line feed is a line break (paragraphs, cells), else it becomes a space */
    static String clean(String text, boolean keepNewlines) {
        if (text == null) {
            return "";
        }
        int i = 0;
        while (i < text.length() && acceptable(text.charAt(i), keepNewlines)) {
            i++;
        }
        if (i == text.length()) {
            return text;
        }
        StringBuilder sb = new StringBuilder(text.length());
        sb.append(text, 0, i);
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '\t' || cp == '\r' || (cp == '\n' && !keepNewlines)) {
                sb.append(' ');
            } else if (cp == '\n' || !dropped(cp)) {
                sb.appendCodePoint(cp);
            }
        }
        return sb.toString();
    }

    private static boolean acceptable(char c, boolean keepNewlines) {
        return c >= 0x20 && c < 0x7F || c > 0x9F && c < 0xD800 || c == '\n' && keepNewlines;
    }

    private static boolean dropped(int cp) {
        return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || Character.isSurrogate((char) cp) && cp <= 0xFFFF
                || cp == 0xFEFF || (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF);
    }
}
