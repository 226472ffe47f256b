package org.accord.people;

import java.time.Instant;
import java.util.Set;

/** Who calls the API with a valid token: the owner's username and current roles, and the token's name and scope. */
public record ApiCaller(String username, Set<Role> roles, long tokenId, String tokenName, ApiScope scope,
                        Instant expiresAt) {

    public boolean readOnly() {
        return scope == ApiScope.READ;
    }
}
