package org.accord.agreement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.accord.people.Language;

/** Everything the agreement page shows about one agreement. */
public record AgreementDetail(long id, long version, String code, String titleEn, String titleEs, AgreementKind kind,
                              LocalDate signedOn, String signedPlace, AgreementStatus status, String summaryEn,
                              String summaryEs, String link, List<SignatoryView> signatories,
                              List<CommitmentRef> commitments, Optional<GovernanceView> governance,
                              Optional<DocumentInfo> text) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }

    public String summary(Language language) {
        return language == Language.ES ? summaryEs : summaryEn;
    }
}
