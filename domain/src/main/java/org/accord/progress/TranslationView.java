package org.accord.progress;

import java.time.Instant;
import org.accord.people.Language;

/**
 * A progress update in the other language: {@code translatedBy} is a username, {@code translatedByName} the
 * person's name; {@code version} is what a correction sends back in its {@link TranslationDraft}.
 */
public record TranslationView(Language language, String accomplishments, String nextSteps, String risksAndIssues,
                              String translatedBy, Instant translatedAt, String translatedByName, long version) {

    /** The draft a correction starts from. */
    public TranslationDraft toDraft() {
        var draft = new TranslationDraft();
        draft.setVersion(version);
        draft.setLanguage(language);
        draft.setAccomplishments(accomplishments);
        draft.setNextSteps(nextSteps);
        draft.setRisksAndIssues(risksAndIssues);
        return draft;
    }
}
