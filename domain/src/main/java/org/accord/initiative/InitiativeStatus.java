package org.accord.initiative;

public enum InitiativeStatus {
    PROPOSED,
    ACTIVE,
    ON_HOLD,
    COMPLETED,
    CANCELLED
}
