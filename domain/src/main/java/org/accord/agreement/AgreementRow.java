package org.accord.agreement;

import java.time.LocalDate;
import org.accord.people.Language;

/** An agreement as the agreements list shows it. */
public record AgreementRow(long id, String code, String titleEn, String titleEs, AgreementKind kind,
                           LocalDate signedOn, AgreementStatus status, long commitments) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }
}
