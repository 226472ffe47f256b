package org.accord.initiative;

import java.util.Collection;
import java.util.List;
import org.accord.audit.SubjectName;
import org.accord.audit.SubjectNames;
import org.springframework.stereotype.Component;

/** Initiatives by their codes in the audit trail. */
@Component
class InitiativeNames implements SubjectNames {

    private final InitiativeRepository initiatives;

    InitiativeNames(InitiativeRepository initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public String subjectType() {
        return InitiativePortfolio.SUBJECT;
    }

    @Override
    public List<SubjectName> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : initiatives.findNames(ids);
    }
}
