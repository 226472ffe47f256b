package org.accord.progress;

import java.time.Instant;
import org.accord.initiative.Health;

/**
 * One party's update of an initiative for a period, as the viewer may see it: the content of another party's
 * draft is never included. {@code version} is 0 and {@code id} null before the lead first saves it.
 */
public record ProgressUpdateView(Long id, long version, long periodId, String periodCode, long initiativeId,
                                 String initiativeCode, String partyCode, String accomplishments, String nextSteps,
                                 String risksAndIssues, Health proposedHealth, UpdateState state, boolean locked,
                                 String returnComment, String submittedBy, Instant submittedAt, String decidedBy,
                                 Instant decidedAt, boolean mayEdit, boolean mayDecide) {

    /** The draft the editor starts from. */
    public ProgressUpdateDraft toDraft() {
        var draft = new ProgressUpdateDraft();
        draft.setVersion(version);
        draft.setAccomplishments(accomplishments);
        draft.setNextSteps(nextSteps);
        draft.setRisksAndIssues(risksAndIssues);
        draft.setProposedHealth(proposedHealth);
        return draft;
    }
}
