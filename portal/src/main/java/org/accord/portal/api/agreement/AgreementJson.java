package org.accord.portal.api.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.agreement.AgreementDetail;
import org.accord.agreement.AgreementKind;
import org.accord.agreement.AgreementRow;
import org.accord.agreement.AgreementStatus;
import org.accord.agreement.CommitmentRef;
import org.accord.agreement.GovernanceView;
import org.accord.agreement.SignatoryView;
import org.accord.agreement.MeetingCadence;
import org.accord.portal.api.PersonJson;

/** An agreement as the API shows it: in a list, or with its commitments, signatories and governance body. */
final class AgreementJson {

    private AgreementJson() {
    }

    record Summary(long id, String code, String titleEn, String titleEs, AgreementKind kind, LocalDate signedOn,
                   AgreementStatus status, long commitments) {

        static Summary of(AgreementRow row) {
            return new Summary(row.id(), row.code(), row.titleEn(), row.titleEs(), row.kind(), row.signedOn(),
                    row.status(), row.commitments());
        }
    }

    record Detail(long id, long version, String code, String titleEn, String titleEs, AgreementKind kind,
                  LocalDate signedOn, String signedPlace, AgreementStatus status, String summaryEn, String summaryEs,
                  String link, List<Signatory> signatories, List<Commitment> commitments, Governance governance,
                  boolean signedTextAttached) {

        static Detail of(AgreementDetail detail) {
            return new Detail(detail.id(), detail.version(), detail.code(), detail.titleEn(), detail.titleEs(),
                    detail.kind(), detail.signedOn(), detail.signedPlace(), detail.status(), detail.summaryEn(),
                    detail.summaryEs(), detail.link(), detail.signatories().stream().map(Signatory::of).toList(),
                    detail.commitments().stream().map(Commitment::of).toList(),
                    detail.governance().map(Governance::of).orElse(null), detail.text().isPresent());
        }
    }

    record Signatory(String party, String name, String title, String agency) {

        static Signatory of(SignatoryView view) {
            return new Signatory(view.partyCode(), view.personName(), view.personTitle(), view.agencyCode());
        }
    }

    record Commitment(long id, long agreementId, String agreementCode, int number, String titleEn, String titleEs) {

        static Commitment of(CommitmentRef ref) {
            return new Commitment(ref.id(), ref.agreementId(), ref.agreementCode(), ref.number(), ref.titleEn(),
                    ref.titleEs());
        }
    }

    record Governance(String nameEn, String nameEs, MeetingCadence cadence, Map<String, PersonJson> coChairs,
                      List<PersonJson> members) {

        static Governance of(GovernanceView view) {
            return new Governance(view.nameEn(), view.nameEs(), view.cadence(), PersonJson.byParty(view.coChairs()),
                    view.members().stream().map(PersonJson::of).toList());
        }
    }
}
