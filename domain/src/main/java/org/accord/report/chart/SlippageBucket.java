package org.accord.report.chart;

import java.util.Objects;

/** One bar of the slippage histogram: its (translated) label and how many milestones fall in it. */
public record SlippageBucket(String label, int count) {

    public SlippageBucket {
        Objects.requireNonNull(label, "label");
        if (count < 0) {
            throw new IllegalArgumentException("A count is not negative: " + label);
        }
    }
}
