package org.accord.milestone;

public enum MilestoneStatus {
    PLANNED, IN_PROGRESS, DONE, MISSED, CANCELLED;

    public boolean isOpen() {
        return this == PLANNED || this == IN_PROGRESS;
    }
}
