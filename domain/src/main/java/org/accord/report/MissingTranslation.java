package org.accord.report;

import org.accord.people.Language;

/** An approved update of the period that has no translation into {@code missing}. */
public record MissingTranslation(String initiativeCode, String partyCode, Language missing) {
}
