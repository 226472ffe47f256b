package org.accord.audit;

import java.time.Instant;

/** A change as the History tab shows it. */
public record HistoryLine(Instant at, String by, String subjectType, long subjectId, String field, String before,
                          String after) {
}
