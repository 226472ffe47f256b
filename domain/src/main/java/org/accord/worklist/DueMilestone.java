package org.accord.worklist;

import java.time.LocalDate;
import org.accord.milestone.OwnerSide;
import org.accord.people.Language;

/**
 * An open milestone of one of the lead's initiatives, expected (forecast, else baseline) within 30 days, and the side
 * that delivers it.
 */
public record DueMilestone(long id, long initiativeId, String initiativeCode, String titleEn, String titleEs,
                           LocalDate expectedDate, OwnerSide side) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }
}
