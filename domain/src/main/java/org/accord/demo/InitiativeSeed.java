package org.accord.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;

/**
 * An initiative of the demo portfolio: commitments by agreement code and number; lead agencies by party code
 * and agency code; oversight leads by party code and username; {@code handedOverBy}, when set, is the US lead
 * who led it first.
 */
record InitiativeSeed(String code, String titleEn, String titleEs, String descriptionEn, String descriptionEs,
                      List<CommitmentKey> commitments, Map<String, String> leadAgencies, Map<String, String> leads,
                      String handedOverBy, InitiativeStatus status, Health health, String healthReason,
                      Priority priority, LocalDate startDate, LocalDate targetEndDate) {

    record CommitmentKey(String agreementCode, int number) {
    }

    static CommitmentKey commitment(String agreementCode, int number) {
        return new CommitmentKey(agreementCode, number);
    }
}
