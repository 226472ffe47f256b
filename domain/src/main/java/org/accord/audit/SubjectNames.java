package org.accord.audit;

import java.util.Collection;
import java.util.List;

/**
 * How the audit trail names the records of one subject type ("INI-2012-03" rather than "Initiative 7"): given by
 * the feature that records their changes, which alone knows its tables.
 */
public interface SubjectNames {

    /** The subject type the feature's changes are recorded under. */
    String subjectType();

    /** The names of those of {@code ids} that still exist. */
    List<SubjectName> namesOf(Collection<Long> ids);
}
