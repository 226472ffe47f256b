package org.accord.report;

/** An agreement as a report section names it. */
public record AgreementHeading(long id, String code, Bilingual title) {
}
