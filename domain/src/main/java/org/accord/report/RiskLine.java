package org.accord.report;

import org.accord.people.Language;

/** The open risks and issues one party last reported for an initiative (from its latest approved update). */
public record RiskLine(long initiativeId, String partyCode, String periodCode, Language language, String text) {
}
