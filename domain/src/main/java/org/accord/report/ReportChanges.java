package org.accord.report;

import java.time.Instant;
import java.util.List;

/**
 * What changed since the last issued report of the same scope ({@code since} null when there is none yet).
 * {@code changes} holds at most a few hundred lines; {@code notListed} counts the rest.
 */
public record ReportChanges(String sinceIdentifier, Instant sinceIssuedAt, List<ReportChange> changes, int notListed) {

    public static ReportChanges none() {
        return new ReportChanges(null, null, List.of(), 0);
    }

    public boolean hasBaseline() {
        return sinceIdentifier != null;
    }
}
