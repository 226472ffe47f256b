package org.accord.people;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person as one statement reads them, one row per role (one row with no role for a person without any): the
 * columns of {@link PersonRef} without loading the account, its party, agency and roles as entities.
 */
record PersonRow(long id, String username, String displayName, long partyId, String partyCode, String agencyCode,
                 boolean enabled, Role role) {

    /** The people of these rows, in the order of their first row. */
    static List<PersonRef> people(List<PersonRow> rows) {
        Map<Long, List<PersonRow>> byPerson = new LinkedHashMap<>();
        rows.forEach(row -> byPerson.computeIfAbsent(row.id(), id -> new ArrayList<>()).add(row));
        return byPerson.values().stream().map(PersonRow::person).toList();
    }

    private static PersonRef person(List<PersonRow> rows) {
        EnumSet<Role> roles = EnumSet.noneOf(Role.class);
        rows.stream().map(PersonRow::role).filter(role -> role != null).forEach(roles::add);
        PersonRow first = rows.getFirst();
        return new PersonRef(first.id(), first.username(), first.displayName(), first.partyId(), first.partyCode(),
                first.agencyCode(), first.enabled(), Set.copyOf(roles));
    }
}
