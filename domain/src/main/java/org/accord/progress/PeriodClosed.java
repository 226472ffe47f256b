package org.accord.progress;

import java.time.Instant;
import java.time.LocalDate;

/** A reporting period was closed; published inside the closing transaction, so that what it starts closes with it. */
public record PeriodClosed(long periodId, LocalDate end, Instant closedAt) {
}
