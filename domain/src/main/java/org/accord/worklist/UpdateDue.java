package org.accord.worklist;

import org.accord.people.Language;
import org.accord.progress.UpdateState;

/**
 * The lead's own party's update of an active initiative in an open period that is not yet submitted: not started,
 * a draft, or returned (with the reviewer's comment).
 */
public record UpdateDue(long periodId, String periodCode, long initiativeId, String initiativeCode, String titleEn,
                        String titleEs, UpdateState state, String returnComment) {

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }
}
