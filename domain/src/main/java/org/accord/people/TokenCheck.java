package org.accord.people;

import java.util.Optional;

/**
 * What checking a presented token found: the caller, or why it was refused. A refused token that was found still
 * names its owner and its name, for the audit trail.
 */
public record TokenCheck(ApiCaller caller, ApiTokenRefusal refusal, String ownerUsername, String tokenName) {

    static TokenCheck accepted(ApiCaller caller) {
        return new TokenCheck(caller, null, caller.username(), caller.tokenName());
    }

    static TokenCheck refused(ApiTokenRefusal refusal) {
        return new TokenCheck(null, refusal, null, null);
    }

    static TokenCheck refused(ApiTokenRefusal refusal, String ownerUsername, String tokenName) {
        return new TokenCheck(null, refusal, ownerUsername, tokenName);
    }

    public Optional<ApiCaller> accepted() {
        return Optional.ofNullable(caller);
    }
}
