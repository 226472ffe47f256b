package org.accord.report;

/** A milestone's schedule state as an issued report showed it. */
public record MilestoneFact(long milestoneId, String scheduleState, boolean done) {
}
