package org.accord.milestone;

/** Derived from the dates, never typed: on time, late (moved past its baseline) or overdue (due and not done). */
public enum ScheduleState {
    ON_TIME, LATE, OVERDUE
}
