package org.accord.report.chart;

import java.util.Objects;

/** How many items under one commitment are green, amber, red and not yet rated; the label is already translated. */
public record CommitmentHealth(String label, int green, int amber, int red, int notRated) {

    public CommitmentHealth {
        Objects.requireNonNull(label, "label");
        if (green < 0 || amber < 0 || red < 0 || notRated < 0) {
            throw new IllegalArgumentException("Counts are not negative: " + label);
        }
    }

    public CommitmentHealth(String label, int green, int amber, int red) {
        this(label, green, amber, red, 0);
    }

    public int total() {
        return green + amber + red + notRated;
    }
}
