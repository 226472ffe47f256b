package org.accord.report;

/** The SHA-256 of the risks one party reported for an initiative, to tell later whether they changed. */
public record RiskFact(long initiativeId, String partyCode, String risksSha256) {
}
