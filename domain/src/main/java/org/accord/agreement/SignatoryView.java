package org.accord.agreement;

/** A signatory as the agreement page shows it. */
public record SignatoryView(String partyCode, String personName, String personTitle, String agencyCode) {
}
