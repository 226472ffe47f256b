package org.accord.people;

import org.accord.audit.SubjectNames;
import org.springframework.stereotype.Component;

/** Agencies by their codes in the audit trail. */
@Component
class AgencyNames extends SubjectNames {

    AgencyNames(AgencyRepository repository) {
        super(AgencyAdministration.SUBJECT, repository::findNames);
    }
}
