package org.accord.importing;

import java.time.LocalDate;

/**
 * One cell as read: its text (a number in plain notation), the date a spreadsheet number stands for (else null),
 * or the key of why its value is not taken (a formula, an error value).
 */
record SheetCell(String text, LocalDate date, String refusal) {

    static final SheetCell BLANK = new SheetCell("", null, null);

    static SheetCell text(String text) {
        return text == null || text.isEmpty() ? BLANK : new SheetCell(text, null, null);
    }

    static SheetCell refused(String messageKey) {
        return new SheetCell("", null, messageKey);
    }

    boolean isBlank() {
        return refusal == null && text.isBlank();
    }
}
