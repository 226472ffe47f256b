package org.accord.people;

import java.time.Instant;

/** A token as its owner's list shows it: never its secret. */
public record ApiTokenRow(long id, String name, ApiScope scope, Instant createdAt, Instant expiresAt,
                          Instant lastUsedAt, boolean expired) {

    static ApiTokenRow of(ApiToken token, Instant now) {
        return new ApiTokenRow(token.getId(), token.getName(), token.getScope(), token.getCreatedAt(),
                token.getExpiresAt(), token.getLastUsedAt(), token.isExpiredAt(now));
    }
}
