package org.accord.milestone;

/** A milestone was marked missed. */
public record MilestoneMissed(long milestoneId, long initiativeId) {
}
