package org.accord.initiative;

import java.time.Instant;

/**
 * Who led an initiative for a party from when to when (no end: the current lead), who assigned them and who ended
 * the period (by handing over, or by taking the oversight lead role away).
 */
public record LeadPeriod(String partyCode, long leadId, String leadName, String assignedBy, Instant startedAt,
                         Instant endedAt, String endedBy) {

    public boolean isCurrent() {
        return endedAt == null;
    }
}
