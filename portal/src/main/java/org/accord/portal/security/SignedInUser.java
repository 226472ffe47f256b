package org.accord.portal.security;

import java.util.Collection;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** A signed-in account with the security stamp it had when its password was checked (equal by username, as User). */
final class SignedInUser extends User {

    private final long securityStamp;

    SignedInUser(String username, String password, boolean enabled, boolean locked,
                Collection<? extends GrantedAuthority> authorities, long securityStamp) {
        super(username, password, enabled, true, true, !locked, authorities);
        this.securityStamp = securityStamp;
    }

    long securityStamp() {
        return securityStamp;
    }
}
