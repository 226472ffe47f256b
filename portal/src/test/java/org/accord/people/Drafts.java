package org.accord.people;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/** Valid user drafts with names no other test uses, so tests can run on a database that persists. */
final class Drafts {

    static final String PASSWORD = "correct horse battery staple";

    private Drafts() {
    }

    static String unique(String prefix) {
        return prefix + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    static UserDraft newUser(ReferenceData referenceData, String partyCode, String agencyCode, Role... roles) {
        String username = unique("t.");
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setDisplayName("Test " + username);
        draft.setEmail(username + "@example.org");
        draft.setParty(referenceData.parties().stream().filter(p -> p.getCode().equals(partyCode)).findFirst().orElseThrow());
        draft.setAgency(referenceData.agencies().stream().filter(a -> a.getCode().equals(agencyCode)).findFirst().orElseThrow());
        draft.setLanguage(Language.EN);
        draft.setRoles(Set.of(roles));
        draft.setInitialPassword(PASSWORD);
        return draft;
    }
}
