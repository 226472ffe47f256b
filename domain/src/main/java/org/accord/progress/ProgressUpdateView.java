package org.accord.progress;

import java.time.Instant;
import java.util.Optional;
import org.accord.initiative.Health;
import org.accord.people.Language;

/**
 * One party's update of an initiative for a period, as the viewer may see it: the content of another party's
 * draft is never included. {@code version} is 0 and {@code id} null before the lead first saves it.
 * {@code language} is the one it is written in; {@code translation} its translation into the other, null while
 * there is none (and whenever the content is hidden); {@code translatorName} the person asked to translate it.
 */
public record ProgressUpdateView(Long id, long version, long periodId, String periodCode, long initiativeId,
                                 String initiativeCode, String partyCode, String accomplishments, String nextSteps,
                                 String risksAndIssues, Health proposedHealth, UpdateState state, boolean locked,
                                 String returnComment, String submittedBy, Instant submittedAt, String decidedBy,
                                 Instant decidedAt, boolean mayEdit, boolean mayDecide, Language language,
                                 TranslationView translation, String translatorName, boolean mayTranslate,
                                 boolean mayAskTranslator) {

    /** The draft the editor starts from. */
    public ProgressUpdateDraft toDraft() {
        var draft = new ProgressUpdateDraft();
        draft.setVersion(version);
        draft.setAccomplishments(accomplishments);
        draft.setNextSteps(nextSteps);
        draft.setRisksAndIssues(risksAndIssues);
        draft.setProposedHealth(proposedHealth);
        draft.setLanguage(language);
        return draft;
    }

    public Optional<TranslationView> translationIfAny() {
        return Optional.ofNullable(translation);
    }

    /** The language a translation of the update is written in. */
    public Language translationLanguage() {
        return UpdateTranslations.other(language);
    }

    /** A new translation, or a correction of the one there is. */
    public TranslationDraft translationDraft() {
        if (translation != null) {
            return translation.toDraft();
        }
        var draft = new TranslationDraft();
        draft.setLanguage(translationLanguage());
        return draft;
    }
}
