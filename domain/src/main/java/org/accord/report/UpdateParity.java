package org.accord.report;

/** One party's progress updates in the period: approved, submitted after the period ended, returned, never submitted. */
public record UpdateParity(String partyCode, int approved, int submittedLate, int returned, int neverSubmitted) {
}
