package org.accord.milestone;

import java.time.LocalDate;
import org.accord.people.Language;

/** A milestone as lists and the timeline show it, with its slippage and schedule state computed. */
public record MilestoneRow(long id, long version, long initiativeId, String initiativeCode, String titleEn,
                           String titleEs, String description, OwnerSide ownerSide, LocalDate baselineDate,
                           LocalDate forecastDate, LocalDate actualDate, MilestoneStatus status, int weight,
                           long slippageDays, ScheduleState state) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }
}
