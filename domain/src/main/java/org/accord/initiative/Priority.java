package org.accord.initiative;

public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
