package org.accord.shared;

import java.util.Locale;

/** Small rules for what people type, the same in every feature. */
public final class TypedText {

    private TypedText() {
    }

    /** An optional text left empty is stored as nothing, not as blanks. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** The LIKE pattern for a case-insensitive "contains" search, or null when nothing was typed. */
    public static String containsPattern(String typed) {
        return typed == null || typed.isBlank() ? null : "%" + typed.strip().toLowerCase(Locale.ROOT) + "%";
    }
}
