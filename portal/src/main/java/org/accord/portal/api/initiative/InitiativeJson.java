package org.accord.portal.api.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.agreement.CommitmentRef;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativeRow;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;
import org.accord.portal.api.PersonJson;

/** An initiative as the API shows it; lead agencies (by code) and oversight leads by party code. */
final class InitiativeJson {

    private InitiativeJson() {
    }

    record Summary(long id, String code, String titleEn, String titleEs, InitiativeStatus status, Health health,
                   Priority priority, LocalDate startDate, LocalDate targetEndDate, Map<String, String> leadAgencies,
                   Map<String, String> leads) {

        static Summary of(InitiativeRow row) {
            return new Summary(row.id(), row.code(), row.titleEn(), row.titleEs(), row.status(), row.health(),
                    row.priority(), row.startDate(), row.targetEndDate(), row.leadAgencies(), row.leads());
        }
    }

    record Detail(long id, long version, String code, String titleEn, String titleEs, String descriptionEn,
                  String descriptionEs, InitiativeStatus status, Health health, String healthReason,
                  LocalDate startDate, LocalDate targetEndDate, Priority priority, List<Commitment> commitments,
                  Map<String, String> leadAgencies, Map<String, PersonJson> leads) {

        static Detail of(InitiativeDetail detail) {
            return new Detail(detail.id(), detail.version(), detail.code(), detail.titleEn(), detail.titleEs(),
                    detail.descriptionEn(), detail.descriptionEs(), detail.status(), detail.health(),
                    detail.healthReason(), detail.startDate(), detail.targetEndDate(), detail.priority(),
                    detail.commitments().stream().map(Commitment::of).toList(), detail.leadAgencies(),
                    PersonJson.byParty(detail.leads()));
        }
    }

    record Commitment(long id, String agreementCode, int number, String titleEn, String titleEs) {

        static Commitment of(CommitmentRef ref) {
            return new Commitment(ref.id(), ref.agreementCode(), ref.number(), ref.titleEn(), ref.titleEs());
        }
    }
}
