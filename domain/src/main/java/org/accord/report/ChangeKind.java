package org.accord.report;

/** What happened since the last issued report of the same scope. */
public enum ChangeKind {
    HEALTH_CHANGED,
    NEWLY_SLIPPED,
    NEWLY_MISSED,
    NEWLY_DONE,
    NEW_RISK
}
