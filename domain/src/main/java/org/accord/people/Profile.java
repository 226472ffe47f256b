package org.accord.people;

import java.util.Set;

/** The signed-in user as the header and the account page show them. */
public record Profile(String username, String displayName, String email, Party party, Agency agency,
                      Language language, Set<Role> roles) {

    static Profile of(UserAccount user) {
        return new Profile(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getParty(),
                user.getAgency(), user.getPreferredLanguage(), user.getRoles());
    }
}
