package org.accord.calendar;

import java.util.Locale;
import java.util.ResourceBundle;
import org.accord.people.Language;

/**
 * The few words a calendar feed says, in the owner's language: calendar apps show them as they are. They live in
 * {@code calendar-feed_<language>.properties}.
 */
record FeedWords(String calendarName, String task, String milestone, String initiative, String open,
                 String categoryTask, String categoryMilestone) {

    static final String BUNDLE = "calendar-feed";

    static FeedWords in(Language language) {
        ResourceBundle words = bundle(language.locale());
        return new FeedWords(words.getString("calendar.name"), words.getString("task"), words.getString("milestone"),
                words.getString("initiative"), words.getString("open"), words.getString("category.task"),
                words.getString("category.milestone"));
    }

    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
