package org.accord.progress;

/** Whether leads may still write the period's updates. */
public enum PeriodState {
    OPEN,
    CLOSED
}
