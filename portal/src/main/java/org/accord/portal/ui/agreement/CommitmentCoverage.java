package org.accord.portal.ui.agreement;

import java.util.Map;

/**
 * How many initiatives serve each commitment of an agreement. The initiative feature provides the bean; until
 * it does, the agreement page shows "—" for coverage.
 */
public interface CommitmentCoverage {

    /** Commitment id to the number of initiatives that implement it; commitments without any may be missing. */
    Map<Long, Long> initiativesPerCommitment(long agreementId);
}
