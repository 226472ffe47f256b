package org.accord.testsupport;

import java.util.EnumSet;
import org.accord.people.Agency;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;

/** People a test creates for itself, so that what it reads (My tasks, sessions) holds only what it did. */
public class NewPeople {

    private final SignedIn signedIn;
    private final UserAdministration users;
    private final ReferenceData referenceData;

    public NewPeople(SignedIn signedIn, UserAdministration users, ReferenceData referenceData) {
        this.signedIn = signedIn;
        this.users = users;
        this.referenceData = referenceData;
    }

    /** A liaison at the agency (a US one: the US administrator creates them) who reads English; their username. */
    public String liaison(String usernamePrefix, String agencyCode, String password) {
        String username = usernamePrefix + Long.toString(System.nanoTime(), 36);
        signedIn.as("admin.us", () -> {
            Agency agency = referenceData.agencies().stream().filter(a -> a.getCode().equals(agencyCode))
                    .findFirst().orElseThrow();
            var draft = new UserDraft();
            draft.setUsername(username);
            draft.setDisplayName("Liaison " + username);
            draft.setEmail(username + "@example.org");
            draft.setParty(agency.getParty());
            draft.setAgency(agency);
            draft.setLanguage(Language.EN);
            draft.setRoles(EnumSet.of(Role.LIAISON));
            draft.setInitialPassword(password);
            users.save(draft);
        });
        return username;
    }
}
