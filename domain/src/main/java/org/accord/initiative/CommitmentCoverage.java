package org.accord.initiative;

import org.accord.agreement.CommitmentRef;

/** How many initiatives (not cancelled) serve a commitment; none is a gap in the agreement's implementation. */
public record CommitmentCoverage(CommitmentRef commitment, long initiatives) {

    public boolean isGap() {
        return initiatives == 0;
    }
}
