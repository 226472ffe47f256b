package org.accord.portal.ui.progress;

import com.vaadin.flow.component.UI;
import org.accord.initiative.Health;
import org.accord.people.Language;
import org.accord.progress.PeriodState;
import org.accord.progress.PeriodView;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.UpdateState;

/** Update states, period states, health and language names in the user's language. */
final class ProgressTexts {

    private ProgressTexts() {
    }

    static String state(UpdateState state) {
        return translate("progress.state." + state.name());
    }

    /** The name of a language as a word in a sentence: "Spanish", "español". */
    static String languageName(Language language) {
        return translate("progress.language." + language.name());
    }

    /** Whether the update was submitted, so that it is shared and may be translated. */
    static boolean isShared(ProgressUpdateView update) {
        return update.state() == UpdateState.SUBMITTED || update.state() == UpdateState.APPROVED;
    }

    static String health(Health health) {
        return translate("initiative.health." + health.name());
    }

    static String period(PeriodView period) {
        return period.code() + " · " + translate("periods.state." + period.state().name());
    }

    static String periodState(PeriodState state) {
        return translate("periods.state." + state.name());
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
