package org.accord.report;

/** A party that submitted no update of an active initiative for the period. */
public record NeverSubmitted(String initiativeCode, Bilingual initiativeTitle, String partyCode) {
}
