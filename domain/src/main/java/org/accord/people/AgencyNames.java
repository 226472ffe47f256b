package org.accord.people;

import java.util.Collection;
import java.util.List;
import org.accord.audit.SubjectName;
import org.accord.audit.SubjectNames;
import org.springframework.stereotype.Component;

/** Agencies by their codes in the audit trail. */
@Component
class AgencyNames implements SubjectNames {

    private final AgencyRepository agencies;

    AgencyNames(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public String subjectType() {
        return AgencyAdministration.SUBJECT;
    }

    @Override
    public List<SubjectName> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : agencies.findNames(ids);
    }
}
