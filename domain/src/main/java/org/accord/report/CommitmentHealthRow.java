package org.accord.report;

/**
 * How many initiatives of one commitment (or, for a large scope, one agreement) are green, amber and red; the
 * label is its short code ("DOP-2012 2"), which fits beside a bar.
 */
public record CommitmentHealthRow(String label, int green, int amber, int red) {
}
