package org.accord.portal.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.accord.people.Language;
import org.springframework.stereotype.Component;

/** English and Spanish texts of the portal, from {@code messages_en} and {@code messages_es}. */
@Component
public class AccordI18NProvider implements I18NProvider {

    public static final String BUNDLE = "messages";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(Language.EN.locale(), Language.ES.locale());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale supported = Language.of(locale).locale();
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, supported, ResourceBundle.Control
                    .getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, supported).format(params);
        } catch (MissingResourceException missing) {
            return "!" + key;
        }
    }
}
