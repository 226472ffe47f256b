package org.accord.report;

/** How many initiatives of one commitment (or, for a large scope, one agreement) are green, amber and red. */
public record CommitmentHealthRow(String label, Bilingual title, int green, int amber, int red) {
}
