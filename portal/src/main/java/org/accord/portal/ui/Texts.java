package org.accord.portal.ui;

import org.accord.people.Language;
import org.accord.people.Role;
import com.vaadin.flow.component.UI;

/** Translations of domain values, shared by the views. */
public final class Texts {

    private Texts() {
    }

    public static String role(Role role) {
        return UI.getCurrent().getTranslation("role." + role.name());
    }

    public static String language(Language language) {
        return UI.getCurrent().getTranslation("language." + language.name());
    }

    public static Language currentLanguage() {
        return Language.of(UI.getCurrent().getLocale());
    }
}
