package org.accord.people;

import java.time.Instant;
import java.util.Set;

/** What signing in needs to know about an account. */
public record LoginAccount(String username, String passwordHash, boolean enabled, boolean locked, Set<Role> roles,
                           long securityStamp) {

    static LoginAccount of(UserAccount user, Instant now) {
        return new LoginAccount(user.getUsername(), user.getPasswordHash(), user.isEnabled(), user.isLockedAt(now),
                user.getRoles(), user.getSecurityStamp());
    }
}
