package org.accord.report;

import java.text.MessageFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.ResourceBundle;
import org.accord.people.Language;

/**
 * The report's words in its language: English, Spanish, or both ("Milestones / Hitos") for the side-by-side
 * report, whose headings and labels are bilingual while each text stays in the language it was written in.
 */
public final class ReportWords {

    private static final String SEPARATOR = " / ";

    private final ReportLanguage language;
    private final ResourceBundle english;
    private final ResourceBundle spanish;

    public ReportWords(ReportLanguage language) {
        this.language = language;
        this.english = ResourceBundle.getBundle("report-texts", Locale.ENGLISH);
        this.spanish = ResourceBundle.getBundle("report-texts", Locale.of("es"));
    }

    public ReportLanguage language() {
        return language;
    }

    /** The language of the document itself; the side-by-side report is an English document with Spanish parts. */
    public Language primary() {
        return language == ReportLanguage.ES ? Language.ES : Language.EN;
    }

    public Locale locale() {
        return primary().locale();
    }

    public String get(String key, Object... arguments) {
        return switch (language) {
            case EN -> in(Language.EN, key, arguments);
            case ES -> in(Language.ES, key, arguments);
            case SIDE_BY_SIDE -> both(in(Language.EN, key, arguments), in(Language.ES, key, arguments));
        };
    }

    public String in(Language which, String key, Object... arguments) {
        String pattern = (which == Language.ES ? spanish : english).getString(key);
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] resolved = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            resolved[i] = arguments[i] instanceof Word word ? in(which, word.key()) : arguments[i];
        }
        return new MessageFormat(pattern, which.locale()).format(resolved);
    }

    /** An argument that is itself a word, said in the language of the sentence it goes into. */
    public record Word(String key) {
    }

    /** A bilingual value (a title, a name) as this report shows it. */
    public String text(Bilingual text) {
        if (text == null) {
            return "";
        }
        return switch (language) {
            case EN -> text.in(Language.EN);
            case ES -> text.in(Language.ES);
            case SIDE_BY_SIDE -> both(text.in(Language.EN), text.in(Language.ES));
        };
    }

    public String value(String prefix, Enum<?> value) {
        return value == null ? "" : get(prefix + "." + value.name());
    }

    /** A milestone's schedule state with its slippage, such as "Late · +45 d". */
    public String schedule(MilestoneLine milestone) {
        String state = value("schedule", milestone.state());
        long days = milestone.slippageDays();
        return days == 0 ? state : state + " · " + (days > 0 ? "+" : "") + days + " d";
    }

    public String date(LocalDate date) {
        if (date == null) {
            return "—";
        }
        return switch (language) {
            case ES -> formatter(Language.ES).format(date);
            case EN, SIDE_BY_SIDE -> DateTimeFormatter.ISO_LOCAL_DATE.format(date);
        };
    }

    public String time(Instant instant) {
        return instant == null ? "—" : date(instant.atZone(ZoneOffset.UTC).toLocalDate()) + " "
                + DateTimeFormatter.ofPattern("HH:mm 'UTC'").format(instant.atZone(ZoneOffset.UTC));
    }

    private static DateTimeFormatter formatter(Language which) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(which.locale());
    }

    private static String both(String en, String es) {
        return en.equals(es) ? en : en + SEPARATOR + es;
    }
}
