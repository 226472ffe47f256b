package org.accord.initiative;

import java.time.Instant;

/** Who led an initiative for a party from when to when (no end: the current lead), and who assigned them. */
public record LeadPeriod(String partyCode, long leadId, String leadName, String assignedBy, Instant startedAt,
                         Instant endedAt) {

    public boolean isCurrent() {
        return endedAt == null;
    }
}
