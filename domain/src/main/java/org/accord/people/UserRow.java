package org.accord.people;

import java.util.Set;

/** A user as the users grid shows it. */
public record UserRow(Long id, String username, String displayName, String email, String partyCode,
                      String agencyCode, Language language, boolean enabled, boolean locked, Set<Role> roles) {

    static UserRow of(UserAccount user, boolean locked) {
        return new UserRow(user.getId(), user.getUsername(), user.getDisplayName(), user.getEmail(),
                user.getParty().getCode(), user.getAgency().getCode(), user.getPreferredLanguage(),
                user.isEnabled(), locked, user.getRoles());
    }
}
