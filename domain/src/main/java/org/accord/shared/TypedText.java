package org.accord.shared;

import java.util.Locale;

/**
 * The rules for what people type, the same in every feature (docs/architecture.md, "Text input rules"):
 * leading and trailing white space is stripped from every text, inner white space and line breaks are kept; a
 * text that shows nothing (only white space and invisible characters, {@link #showsNothing}) counts as empty;
 * control characters and unpaired surrogates are refused; an over-long text is refused with a message that
 * states the limit ({@link #tooLongKey}).
 */
public final class TypedText {

    /** The message key for a text that holds control characters (NUL, escape, a line break in a one-line field). */
    public static final String CONTROL_CHARACTERS = "text.control-characters";

    /** The escape character of every LIKE pattern made by {@link #containsPattern}. */
    public static final char LIKE_ESCAPE = '!';

    private TypedText() {
    }

    /** The text without leading and trailing white space; null stays null. */
    public static String stripped(String value) {
        return value == null ? null : value.strip();
    }

    /** An optional text left empty, or that shows nothing, is stored as nothing; any other text is stripped. */
    public static String blankToNull(String value) {
        return value == null || showsNothing(value) ? null : value.strip();
    }

    /**
     * True when the text would show nothing on screen: every character is white space (no-break and ideographic
     * spaces, line and paragraph separators too), a format character (zero-width space and joiners, byte order
     * mark, word joiner, soft hyphen, Mongolian vowel separator) or a blank filler (Hangul fillers, the blank
     * Braille pattern). A required text must show something.
     */
    public static boolean showsNothing(String value) {
        return value.codePoints().allMatch(TypedText::invisible);
    }

    private static boolean invisible(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.getType(c) == Character.FORMAT
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    /** The message key that says "at most {@code maxLength} characters" (one per limit the portal uses). */
    public static String tooLongKey(int maxLength) {
        return "text.at-most." + maxLength;
    }

    /**
     * An optional one-line text (a title, a name, a reason typed in one line): stripped, null when blank,
     * refused at {@code field} when it holds control characters (line breaks too) or is longer than {@code maxLength}.
     */
    public static String line(String field, String value, int maxLength) {
        return checked(field, blankToNull(value), maxLength, false);
    }

    /** An optional text of several lines: like {@link #line}, but tabs and line breaks are kept. */
    public static String lines(String field, String value, int maxLength) {
        return checked(field, blankToNull(value), maxLength, true);
    }

    /** A required text of several lines: like {@link #lines}, refused with {@code requiredKey} when blank. */
    public static String requiredLines(String field, String value, int maxLength, String requiredKey) {
        String clean = lines(field, value, maxLength);
        if (clean == null) {
            throw new InvalidInputException(field, requiredKey);
        }
        return clean;
    }

    /** A required one-line text: like {@link #line}, refused with {@code requiredKey} when blank. */
    public static String requiredLine(String field, String value, int maxLength, String requiredKey) {
        String clean = line(field, value, maxLength);
        if (clean == null) {
            throw new InvalidInputException(field, requiredKey);
        }
        return clean;
    }

    /**
     * True when the text holds a character that is never stored: C0 controls (except tab, line feed and carriage
     * return in a text of several lines), DEL, C1 controls, and halves of a surrogate pair standing alone.
     */
    public static boolean hasControlCharacters(String value, boolean multiLine) {
        if (value == null) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20) {
                if (!multiLine || (c != '\t' && c != '\n' && c != '\r')) {
                    return true;
                }
            } else if (c >= 0x7F && c <= 0x9F) {
                return true;
            } else if (Character.isHighSurrogate(c)) {
                if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
                    return true;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /** The LIKE pattern for a case-insensitive "contains" search, or null when nothing was typed. */
    public static String containsPattern(String typed) {
        return typed == null || typed.isBlank() ? null
                : "%" + escapeLike(typed.strip().toLowerCase(Locale.ROOT)) + "%";
    }

    /**
     * The text with the LIKE wildcards {@code %} and {@code _} and the escape character {@code !} escaped by
     * {@code !}, so that they match themselves; queries say {@code escape '!'} (not a backslash, which MySQL's
     * string literals would read as an escape of their own).
     */
    public static String escapeLike(String text) {
        var escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == LIKE_ESCAPE || c == '%' || c == '_') {
                escaped.append(LIKE_ESCAPE);
            }
            escaped.append(c);
        }
        return escaped.toString();
    }

    private static String checked(String field, String clean, int maxLength, boolean multiLine) {
        if (clean == null) {
            return null;
        }
        if (hasControlCharacters(clean, multiLine)) {
            throw new InvalidInputException(field, CONTROL_CHARACTERS);
        }
        if (clean.length() > maxLength) {
            throw new InvalidInputException(field, tooLongKey(maxLength));
        }
        return clean;
    }
}
