package org.accord.generator;

import java.time.LocalDate;
import java.util.List;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.MeetingCadence;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;
import org.accord.people.Language;

/** Everything the generator will write, decided up front from the seed; people are referred to by username. */
record PortfolioPlan(List<Lead> leads, List<PlannedAgreement> agreements, List<PlannedInitiative> initiatives) {

    record Lead(String username, String displayName, String partyCode, String agencyCode, Language language) {

        String email() {
            return username + "@generated.accord.invalid";
        }
    }

    record PlannedAgreement(String code, String titleEn, String titleEs, AgreementKind kind, LocalDate signedOn,
                            String signedPlace, AgreementStatus status, String summaryEn, String summaryEs,
                            List<PlannedSignatory> signatories, List<PlannedCommitment> commitments,
                            PlannedGovernance governance) {
    }

    record PlannedSignatory(String partyCode, String personName, String personTitle, String agencyCode) {
    }

    record PlannedCommitment(int number, String titleEn, String titleEs, String descriptionEn, String descriptionEs) {
    }

    record PlannedGovernance(String nameEn, String nameEs, MeetingCadence cadence, String usCoChair,
                             String mxCoChair, List<String> members) {
    }

    /** A commitment by its agreement's code and its number. */
    record CommitmentKey(String agreementCode, int number) {
    }

    /** One party's side of an initiative: lead agency, current lead, and the lead before them if it changed hands. */
    record Side(String partyCode, String agencyCode, String lead, String previousLead, LocalDate handedOverOn) {

        boolean changedHands() {
            return previousLead != null;
        }
    }

    record PlannedInitiative(String code, String titleEn, String titleEs, String descriptionEn, String descriptionEs,
                             InitiativeStatus status, Health health, String healthReason, Priority priority,
                             LocalDate startDate, LocalDate targetEndDate, List<CommitmentKey> commitments,
                             List<Side> sides) {
    }

    List<CommitmentKey> commitmentKeys() {
        return agreements.stream().flatMap(agreement -> agreement.commitments().stream()
                .map(commitment -> new CommitmentKey(agreement.code(), commitment.number()))).toList();
    }

    int commitmentCount() {
        return agreements.stream().mapToInt(agreement -> agreement.commitments().size()).sum();
    }
}
