package org.accord.worklist;

import java.time.LocalDate;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.people.Language;

/** An initiative the lead currently leads, with its next open milestone (null parts when there is none). */
public record LedInitiative(long id, String code, String titleEn, String titleEs, InitiativeStatus status,
                            Health health, String nextMilestoneTitleEn, String nextMilestoneTitleEs,
                            LocalDate nextMilestoneDate) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }

    public String nextMilestoneTitle(Language language) {
        return language == Language.ES ? nextMilestoneTitleEs : nextMilestoneTitleEn;
    }
}
