package org.accord.audit;

import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * How the audit trail names the records of one subject type ("INI-2012-03" rather than "Initiative 7"): given by
 * the feature that records their changes, which alone knows its tables, as a query of its repository.
 */
public abstract class SubjectNames {

    private final String subjectType;
    private final Function<Collection<Long>, List<SubjectName>> query;

    protected SubjectNames(String subjectType, Function<Collection<Long>, List<SubjectName>> query) {
        this.subjectType = subjectType;
        this.query = query;
    }

    /** The subject type the feature's changes are recorded under. */
    public String subjectType() {
        return subjectType;
    }

    /** The names of those of {@code ids} that still exist. */
    public List<SubjectName> namesOf(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : query.apply(ids);
    }
}
