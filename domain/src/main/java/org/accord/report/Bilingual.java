package org.accord.report;

import org.accord.people.Language;

/** A text the portal keeps in English and Spanish, such as an agreement's title. */
public record Bilingual(String en, String es) {

    public String in(Language language) {
        String text = language == Language.ES ? es : en;
        return text == null || text.isBlank() ? (language == Language.ES ? en : es) : text;
    }
}
