package org.accord.initiative;

/** How an initiative is doing; amber and red need a reason. */
public enum Health {
    GREEN,
    AMBER,
    RED;

    public boolean needsReason() {
        return this != GREEN;
    }
}
