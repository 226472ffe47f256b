package org.accord.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the token an API request presents, for the API's security filter: before anyone is signed in, so no
 * access rule applies. The owner's roles and state are read at every request: disabling the account or changing
 * its roles counts from the next one.
 */
@Service
public class ApiTokenCheck {

    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserAccountRepository users;
    private final Clock clock;

    ApiTokenCheck(ApiTokenRepository tokens, UserAccountRepository users, ObjectProvider<Clock> clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional
    public TokenCheck check(String presented) {
        if (presented == null || presented.isBlank()) {
            return TokenCheck.refused(ApiTokenRefusal.MISSING);
        }
        var parts = ApiTokenSecrets.parse(presented.strip());
        if (parts.isEmpty()) {
            return TokenCheck.refused(ApiTokenRefusal.MALFORMED);
        }
        var found = tokens.findByPublicId(parts.get().publicId())
                .filter(token -> ApiTokenSecrets.matches(parts.get().secret(), token.getSecretHash()));
        if (found.isEmpty()) {
            return TokenCheck.refused(ApiTokenRefusal.UNKNOWN);
        }
        ApiToken token = found.get();
        UserAccount owner = users.findWithDetailsById(token.getOwnerId()).orElse(null);
        if (owner == null) {
            return TokenCheck.refused(ApiTokenRefusal.UNKNOWN);
        }
        Instant now = clock.instant();
        ApiTokenRefusal refusal = token.isRevoked() ? ApiTokenRefusal.REVOKED
                : token.isExpiredAt(now) ? ApiTokenRefusal.EXPIRED
                : !owner.isEnabled() ? ApiTokenRefusal.OWNER_DISABLED
                : owner.isLockedAt(now) ? ApiTokenRefusal.OWNER_LOCKED
                : null;
        if (refusal != null) {
            return TokenCheck.refused(refusal, owner.getUsername(), token.getName());
        }
        if (token.getLastUsedAt() == null || token.getLastUsedAt().isBefore(now.minus(LAST_USE_PRECISION))) {
            tokens.recordUse(token.getId(), now, now.minus(LAST_USE_PRECISION));
        }
        return TokenCheck.accepted(new ApiCaller(owner.getUsername(), owner.getRoles(), token.getId(),
                token.getName(), token.getScope(), token.getExpiresAt()));
    }
}
