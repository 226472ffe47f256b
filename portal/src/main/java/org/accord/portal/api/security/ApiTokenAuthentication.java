package org.accord.portal.api.security;

import java.time.Instant;
import java.util.Optional;
import org.accord.people.ApiCaller;
import org.accord.people.ApiScope;
import org.accord.people.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * An API caller with a valid token: named by the token owner's username, with the owner's current roles as the
 * same authorities a signed-in person gets, so every access rule of the domain applies unchanged. It also tells
 * which token was used and whether it may only read. It never holds the secret.
 */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    private final ApiCaller caller;

    ApiTokenAuthentication(ApiCaller caller) {
        super(AuthorityUtils.createAuthorityList(caller.roles().stream().map(Role::authority).sorted().toList()));
        this.caller = caller;
        setAuthenticated(true);
    }

    /** The token of the request being served, if it came through the API with one. */
    public static Optional<ApiTokenAuthentication> current() {
        return SecurityContextHolder.getContext().getAuthentication() instanceof ApiTokenAuthentication token
                ? Optional.of(token) : Optional.empty();
    }

    public String tokenName() {
        return caller.tokenName();
    }

    public long tokenId() {
        return caller.tokenId();
    }

    public ApiScope scope() {
        return caller.scope();
    }

    public boolean readOnly() {
        return caller.readOnly();
    }

    public Instant expiresAt() {
        return caller.expiresAt();
    }

    @Override
    public Object getCredentials() {
        return null;
    }

    @Override
    public Object getPrincipal() {
        return caller.username();
    }
}
