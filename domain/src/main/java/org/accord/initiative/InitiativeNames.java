package org.accord.initiative;

import org.accord.audit.SubjectNames;
import org.springframework.stereotype.Component;

/** Initiatives by their codes in the audit trail. */
@Component
class InitiativeNames extends SubjectNames {

    InitiativeNames(InitiativeRepository repository) {
        super(InitiativePortfolio.SUBJECT, repository::findNames);
    }
}
