package org.accord.task;

/** Where a task stands. Done and cancelled tasks are closed; the others are open work. */
public enum TaskStatus {
    OPEN,
    IN_PROGRESS,
    BLOCKED,
    DONE,
    CANCELLED;

    public boolean isClosed() {
        return this == DONE || this == CANCELLED;
    }
}
