package org.accord.milestone;

import java.time.LocalDate;

/** A milestone's forecast or actual date moved past its baseline. */
public record MilestoneSlipped(long milestoneId, long initiativeId, LocalDate baselineDate, LocalDate expectedDate,
                               long slippageDays) {
}
