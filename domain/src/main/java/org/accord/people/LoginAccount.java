package org.accord.people;

import java.time.Instant;
import java.util.Set;

/** What signing in needs to know about an account. */
public record LoginAccount(Long id, String username, String passwordHash, boolean enabled, boolean locked,
                           Set<Role> roles, String displayName, String partyCode, String agencyCode,
                           Language language) {

    static LoginAccount of(UserAccount user, Instant now) {
        return new LoginAccount(user.getId(), user.getUsername(), user.getPasswordHash(), user.isEnabled(),
                user.isLockedAt(now), user.getRoles(), user.getDisplayName(), user.getParty().getCode(),
                user.getAgency().getCode(), user.getPreferredLanguage());
    }
}
