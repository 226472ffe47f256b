package org.accord.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The e-mail texts exist in English and Spanish with the same keys, one subject, body and line per kind. */
class MailTextsTest {

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertThat(keys("es")).isEqualTo(keys("en"));
    }

    @Test
    void everyKindHasASubjectABodyAndADigestLine() {
        for (NotificationKind kind : NotificationKind.values()) {
            assertThat(keys("en")).contains(kind + ".subject", kind + ".body", kind + ".line");
        }
    }

    private static Set<String> keys(String language) {
        var bundle = MailTexts.bundle(Locale.forLanguageTag(language));
        assertThat(bundle.getLocale().getLanguage()).isEqualTo(language);
        return new TreeSet<>(Collections.list(bundle.getKeys()));
    }
}
