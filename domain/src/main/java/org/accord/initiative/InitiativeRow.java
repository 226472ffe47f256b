package org.accord.initiative;

import java.time.LocalDate;
import java.util.Map;
import org.accord.people.Language;

/** An initiative as the initiatives list shows it; leads and lead agencies by party code. */
public record InitiativeRow(long id, String code, String titleEn, String titleEs, InitiativeStatus status,
                            Health health, Priority priority, LocalDate startDate, LocalDate targetEndDate,
                            Map<String, String> leadAgencies, Map<String, String> leads) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }
}
