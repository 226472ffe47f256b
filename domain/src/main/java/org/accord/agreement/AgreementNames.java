package org.accord.agreement;

import java.util.Collection;
import java.util.List;
import org.accord.audit.SubjectName;
import org.accord.audit.SubjectNames;
import org.springframework.stereotype.Component;

/** Agreements by their codes in the audit trail. */
@Component
class AgreementNames implements SubjectNames {

    private final AgreementRepository agreements;

    AgreementNames(AgreementRepository agreements) {
        this.agreements = agreements;
    }

    @Override
    public String subjectType() {
        return Agreements.SUBJECT;
    }

    @Override
    public List<SubjectName> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : agreements.findNames(ids);
    }
}
