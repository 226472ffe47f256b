package org.accord.portal.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.accord.people.Language;
import org.accord.portal.i18n.AccordI18NProvider;
import org.springframework.stereotype.Component;

/** The portal's texts in the language of the request's {@code Accept-Language}: English unless Spanish is asked. */
@Component
public class ApiTexts {

    private final AccordI18NProvider texts;

    ApiTexts(AccordI18NProvider texts) {
        this.texts = texts;
    }

    public String text(HttpServletRequest request, String key, Object... arguments) {
        return texts.getTranslation(key, locale(request), arguments);
    }

    public static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Language.EN.locale();
        }
        try {
            return Locale.LanguageRange.parse(header).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange()))
                    .filter(locale -> locale.getLanguage().equals("es") || locale.getLanguage().equals("en"))
                    .findFirst().map(Language::of).orElse(Language.EN).locale();
        } catch (IllegalArgumentException malformed) {
            return Language.EN.locale();
        }
    }
}
