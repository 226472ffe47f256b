package org.accord.report;

/** One party's side of an initiative: its lead agency and its current oversight lead (either may be missing). */
public record LeadLine(String partyCode, String agencyCode, Bilingual agencyName, String leadName) {
}
