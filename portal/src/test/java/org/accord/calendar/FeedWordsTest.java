package org.accord.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.accord.people.Language;
import org.junit.jupiter.api.Test;

/** The calendar feed's words exist in English and Spanish with the same keys. */
class FeedWordsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys("es")).isEqualTo(keys("en")).isNotEmpty();
    }

    @Test
    void theOwnersLanguageNamesTheCalendar() {
        assertThat(FeedWords.in(Language.EN).calendarName()).isEqualTo("Accord: my tasks and milestones");
        assertThat(FeedWords.in(Language.ES).calendarName()).isEqualTo("Accord: mis tareas e hitos");
    }

    private static Set<String> keys(String language) {
        var bundle = FeedWords.bundle(Locale.forLanguageTag(language));
        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }
}
