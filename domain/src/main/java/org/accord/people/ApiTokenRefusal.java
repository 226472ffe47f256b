package org.accord.people;

/** Why a presented token lets nobody in. */
public enum ApiTokenRefusal {
    MISSING,
    MALFORMED,
    UNKNOWN,
    EXPIRED,
    REVOKED,
    OWNER_DISABLED,
    OWNER_LOCKED
}
