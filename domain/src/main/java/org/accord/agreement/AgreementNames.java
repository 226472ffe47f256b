package org.accord.agreement;

import org.accord.audit.SubjectNames;
import org.springframework.stereotype.Component;

/** Agreements by their codes in the audit trail. */
@Component
class AgreementNames extends SubjectNames {

    AgreementNames(AgreementRepository repository) {
        super(Agreements.SUBJECT, repository::findNames);
    }
}
