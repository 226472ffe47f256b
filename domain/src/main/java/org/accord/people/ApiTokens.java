package org.accord.people;

import java.time.LocalDate;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * My personal access tokens for the partner API: each acts as me, with my roles, read only or read-write. The
 * secret is returned once, when the token is made; only its hash is kept.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ApiTokens {

    private final UserAccountRepository users;
    private final TokenIssuer issuer;

    ApiTokens(UserAccountRepository users, TokenIssuer issuer) {
        this.users = users;
        this.issuer = issuer;
    }

    /** My tokens that are not revoked, newest first; expired ones too, marked so. */
    @Transactional(readOnly = true)
    public List<ApiTokenRow> mine() {
        return issuer.tokensOf(me());
    }

    @Transactional
    public NewApiToken create(String name, LocalDate expiresOn, ApiScope scope) {
        UserAccount me = me();
        return issuer.issue(me, name, expiresOn, scope, me.getUsername());
    }

    @Transactional
    public void revoke(long tokenId) {
        UserAccount me = me();
        issuer.revoke(me, tokenId, me.getUsername());
    }

    /** The last day a new token may be valid through: a year from today. */
    public LocalDate latestExpiry() {
        return issuer.latestExpiry();
    }

    private UserAccount me() {
        return users.findByUsername(CurrentUser.username())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}
