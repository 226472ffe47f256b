package org.accord.report;

import java.time.Instant;
import org.accord.people.Language;

/**
 * One party's approved progress update of the period: the original in its author's language and, when someone
 * wrote it, the translation into the other language (never filled in silently).
 */
public record UpdateLine(long id, long initiativeId, String partyCode, Language language, UpdateText original,
                         String submittedBy, Instant submittedAt, UpdateText translation, String translatedBy,
                         Instant translatedAt) {

    public boolean translated() {
        return translation != null;
    }

    public Language translationLanguage() {
        return language == Language.EN ? Language.ES : Language.EN;
    }
}
