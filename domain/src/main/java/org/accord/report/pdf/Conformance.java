package org.accord.report.pdf;

/** The standards a document claims: PDF/UA-1 always; issued (archived) reports add PDF/A-3A. */
public enum Conformance {
    PDF_UA_1,
    PDF_UA_1_AND_PDF_A_3A;

    boolean archival() {
        return this == PDF_UA_1_AND_PDF_A_3A;
    }
}
