package org.accord.people;

import java.util.Locale;

/** The languages the portal speaks. */
public enum Language {
    EN(Locale.ENGLISH),
    ES(Locale.of("es"));

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public static Language of(Locale locale) {
        return locale != null && "es".equals(locale.getLanguage()) ? ES : EN;
    }
}
