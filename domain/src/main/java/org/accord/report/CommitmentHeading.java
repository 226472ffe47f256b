package org.accord.report;

/** A commitment (numbered goal) of an agreement as a report section names it. */
public record CommitmentHeading(long id, String agreementCode, int number, Bilingual title) {

    public String label() {
        return agreementCode + " " + number;
    }
}
