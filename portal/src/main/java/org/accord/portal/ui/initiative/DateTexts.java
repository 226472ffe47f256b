package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import java.text.DateFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.temporal.WeekFields;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Dates in the user's language; moments in UTC, saying so. */
final class DateTexts {

    private DateTexts() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale()).format(date);
    }

    static String moment(Instant at) {
        if (at == null) {
            return "";
        }
        String text = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneOffset.UTC).format(at);
        return UI.getCurrent().getTranslation("initiative.time.utc", text);
    }

    /** Month and day names of the user's language for a date picker; Vaadin's defaults are English. */
    static DatePickerI18n datePickerI18n() {
        Locale locale = locale();
        var symbols = DateFormatSymbols.getInstance(locale);
        return new DatePickerI18n()
                .setMonthNames(Arrays.asList(symbols.getMonths()).subList(0, 12))
                .setWeekdays(sundayFirst(symbols.getWeekdays()))
                .setWeekdaysShort(sundayFirst(symbols.getShortWeekdays()))
                .setFirstDayOfWeek(WeekFields.of(locale).getFirstDayOfWeek().getValue() % 7)
                .setToday(UI.getCurrent().getTranslation("initiative.date.today"))
                .setCancel(UI.getCurrent().getTranslation("action.cancel"));
    }

    /** DateFormatSymbols leaves index 0 empty and starts at Sunday. */
    private static List<String> sundayFirst(String[] names) {
        return Arrays.asList(names).subList(1, 8);
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
