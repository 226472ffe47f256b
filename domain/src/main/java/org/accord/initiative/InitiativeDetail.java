package org.accord.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.agreement.CommitmentRef;
import org.accord.people.Language;
import org.accord.people.PersonRef;

/** Everything the initiative page shows, and what the viewer may do with it. */
public record InitiativeDetail(long id, long version, String code, String titleEn, String titleEs,
                               String descriptionEn, String descriptionEs, InitiativeStatus status, Health health,
                               String healthReason, LocalDate startDate, LocalDate targetEndDate, Priority priority,
                               List<CommitmentRef> commitments, Map<String, String> leadAgencies,
                               Map<String, PersonRef> leads, boolean mayEdit, boolean mayUpdateProgress) {

    /** Whether the viewer may change status and health now; a cancelled initiative is only reopened. */
    public boolean mayChangeProgress() {
        return mayUpdateProgress && status != InitiativeStatus.CANCELLED;
    }

    /** Whether the viewer may bring the initiative back from Cancelled, with a reason. */
    public boolean mayReopen() {
        return mayEdit && status == InitiativeStatus.CANCELLED;
    }

    public String title(Language language) {
        return language == Language.ES ? titleEs : titleEn;
    }

    public String description(Language language) {
        return language == Language.ES ? descriptionEs : descriptionEn;
    }
}
