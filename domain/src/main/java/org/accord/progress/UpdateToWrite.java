package org.accord.progress;

import org.accord.people.Language;

/** One line of a lead's "my updates": an initiative they lead, in an open period, and how far their update is. */
public record UpdateToWrite(long periodId, long initiativeId, String initiativeCode, String titleEn, String titleEs,
                            String partyCode, UpdateState state) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }
}
