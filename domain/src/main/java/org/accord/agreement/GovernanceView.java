package org.accord.agreement;

import java.util.List;
import java.util.Map;
import org.accord.people.Language;
import org.accord.people.PersonRef;

/** The governance body as the agreement page shows it: co-chairs by party code. */
public record GovernanceView(String nameEn, String nameEs, MeetingCadence cadence, Map<String, PersonRef> coChairs,
                             List<PersonRef> members) {

    public String name(Language language) {
        return language == Language.ES ? nameEs : nameEn;
    }
}
