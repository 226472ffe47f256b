package org.accord.milestone;

import java.time.Instant;

/** One entry of a milestone's log: what changed (as text), a note, or a re-baseline with its reason. */
public record LogLine(long id, String loggedBy, Instant loggedAt, String changes, String note, String rebaselineReason) {
}
