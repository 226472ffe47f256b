package org.accord.progress;

import java.util.Map;
import org.accord.people.Language;

/** One initiative in a period: the state of each party's update, by party code. */
public record PeriodOverviewRow(long periodId, long initiativeId, String initiativeCode, String titleEn,
                                String titleEs, Map<String, UpdateState> states) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }

    public UpdateState state(String partyCode) {
        return states.getOrDefault(partyCode, UpdateState.NOT_STARTED);
    }
}
