package org.accord.portal.api.progress;

import java.time.Instant;
import java.time.LocalDate;
import org.accord.initiative.Health;
import org.accord.people.Language;
import org.accord.progress.PeriodState;
import org.accord.progress.PeriodView;
import org.accord.progress.ProgressUpdateDraft;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.TranslationView;
import org.accord.progress.UpdateState;

/** Reporting periods and progress updates as the API shows them. */
final class ProgressJson {

    private ProgressJson() {
    }

    record Period(long id, long version, String code, LocalDate startDate, LocalDate endDate, PeriodState state) {

        static Period of(PeriodView view) {
            return new Period(view.id(), view.version(), view.code(), view.startDate(), view.endDate(), view.state());
        }
    }

    /**
     * One party's update of an initiative for a period, as the caller may see it: another party's draft shows no
     * content. {@code id} is null and {@code version} 0 before its lead first saves it.
     */
    record Update(Long id, long version, long periodId, String periodCode, long initiativeId, String initiativeCode,
                  String party, Language language, String accomplishments, String nextSteps, String risksAndIssues,
                  Health proposedHealth, UpdateState state, String returnComment, String submittedBy,
                  Instant submittedAt, String decidedBy, Instant decidedAt, Translation translation,
                  boolean mayEdit) {

        static Update of(ProgressUpdateView view) {
            return new Update(view.id(), view.version(), view.periodId(), view.periodCode(), view.initiativeId(),
                    view.initiativeCode(), view.partyCode(), view.language(), view.accomplishments(),
                    view.nextSteps(), view.risksAndIssues(), view.proposedHealth(), view.state(),
                    view.returnComment(), view.submittedBy(), view.submittedAt(), view.decidedBy(),
                    view.decidedAt(), view.translationIfAny().map(Translation::of).orElse(null), view.mayEdit());
        }
    }

    record Translation(Language language, String accomplishments, String nextSteps, String risksAndIssues,
                       String translatedBy, Instant translatedAt) {

        static Translation of(TranslationView view) {
            return new Translation(view.language(), view.accomplishments(), view.nextSteps(), view.risksAndIssues(),
                    view.translatedByName(), view.translatedAt());
        }
    }

    /** What the lead writes: a draft keeps blanks, a submission needs accomplishments, next steps and health. */
    record Draft(String accomplishments, String nextSteps, String risksAndIssues, Health proposedHealth,
                 Language language) {

        ProgressUpdateDraft toDraft(long version) {
            var draft = new ProgressUpdateDraft();
            draft.setVersion(version);
            draft.setAccomplishments(accomplishments);
            draft.setNextSteps(nextSteps);
            draft.setRisksAndIssues(risksAndIssues);
            draft.setProposedHealth(proposedHealth);
            draft.setLanguage(language);
            return draft;
        }
    }
}
