package org.accord.portal.api;

import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.people.PersonRef;

/** A person as the API names them: never their username, e-mail or roles. */
public record PersonJson(long id, String name, String party, String agency) {

    public static PersonJson of(PersonRef person) {
        return person == null ? null
                : new PersonJson(person.id(), person.displayName(), person.partyCode(), person.agencyCode());
    }

    public static Map<String, PersonJson> byParty(Map<String, PersonRef> people) {
        Map<String, PersonJson> json = new LinkedHashMap<>();
        people.forEach((party, person) -> json.put(party, of(person)));
        return json;
    }
}
