package org.accord.shared.export;

/**
 * Text made safe to open in a spreadsheet. A cell that begins with {@code =}, {@code +}, {@code -}, {@code @}, a
 * tab, a carriage return or NUL could be taken for a formula (CSV injection), so such text gets a single quote
 * in front, after any leading NUL characters are removed, as OWASP recommends. The reader then sees the text
 * as it was, with a quote before it, and nothing is evaluated.
 */
public final class SpreadsheetText {

    private SpreadsheetText() {
    }

    /** The text, with a quote in front if it could start a formula; null stays null. */
    public static String neutralise(String text) {
        if (text == null || text.isEmpty() || !startsFormula(text.charAt(0))) {
            return text;
        }
        int start = 0;
        while (start < text.length() && text.charAt(start) == '\0') {
            start++;
        }
        return "'" + text.substring(start);
    }

    /**
     * The text without the characters XML 1.0 cannot hold (NUL and the other control characters except tab, line
     * feed and carriage return, lone surrogates, U+FFFE and U+FFFF); null stays null.
     */
    public static String withoutXmlIllegal(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder kept = null;
        for (int at = 0; at < text.length(); ) {
            int codePoint = text.codePointAt(at);
            int size = Character.charCount(codePoint);
            if (!allowedInXml(codePoint)) {
                if (kept == null) {
                    kept = new StringBuilder(text.length()).append(text, 0, at);
                }
            } else if (kept != null) {
                kept.appendCodePoint(codePoint);
            }
            at += size;
        }
        return kept == null ? text : kept.toString();
    }

    private static boolean startsFormula(char first) {
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\0';
    }

    private static boolean allowedInXml(int codePoint) {
        return codePoint == '\t' || codePoint == '\n' || codePoint == '\r'
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }
}
