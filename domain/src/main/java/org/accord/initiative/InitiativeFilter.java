package org.accord.initiative;

import org.accord.shared.TypedText;

/**
 * What the initiatives list is narrowed to; null parts match everything. {@code partyCode} narrows the
 * lead agency and lead filters to one party (and, alone, matches every initiative: both parties lead each).
 */
public record InitiativeFilter(String text, Long agreementId, Long commitmentId, InitiativeStatus status,
                               Health health, Long leadAgencyId, Long leadId, String partyCode) {

    public static InitiativeFilter all() {
        return new InitiativeFilter(null, null, null, null, null, null, null, null);
    }

    public InitiativeFilter withLead(Long newLeadId) {
        return new InitiativeFilter(text, agreementId, commitmentId, status, health, leadAgencyId, newLeadId, partyCode);
    }

    String textPattern() {
        return TypedText.containsPattern(text);
    }
}
