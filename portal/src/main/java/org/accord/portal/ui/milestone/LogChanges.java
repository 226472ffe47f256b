package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.accord.portal.ui.Dates;

/**
 * The log keeps what changed as "field: before → after" lines in the language of no one; this shows them in
 * the user's: the field's name, dates as they read them, statuses and sides translated.
 */
final class LogChanges {

    static final List<String> FIELDS = List.of("titleEn", "titleEs", "description", "ownerSide", "baselineDate",
            "forecastDate", "actualDate", "status", "weight", "evidence");
    private static final String ARROW = " → ";

    private LogChanges() {
    }

    static String show(String changes) {
        return Stream.of(changes.split("\n")).map(LogChanges::line).collect(Collectors.joining("\n"));
    }

    private static String line(String line) {
        int colon = line.indexOf(": ");
        if (colon < 0) {
            return line;
        }
        String field = line.substring(0, colon);
        if (!FIELDS.contains(field)) {
            return line;
        }
        String label = UI.getCurrent().getTranslation("milestone.field." + field);
        String values = line.substring(colon + 2);
        int arrow = values.indexOf(ARROW);
        if (arrow < 0) {
            return label + ": " + values;
        }
        return label + ": " + value(field, values.substring(0, arrow)) + ARROW
                + value(field, values.substring(arrow + ARROW.length()));
    }

    private static String value(String field, String value) {
        try {
            return switch (field) {
                case "baselineDate", "forecastDate", "actualDate" -> "—".equals(value) ? value
                        : Dates.date(LocalDate.parse(value));
                case "status" -> "—".equals(value) ? value : MilestoneTexts.status(MilestoneStatus.valueOf(value));
                case "ownerSide" -> "—".equals(value) ? value : MilestoneTexts.side(OwnerSide.valueOf(value));
                default -> value;
            };
        } catch (DateTimeParseException | IllegalArgumentException unexpected) {
            return value;
        }
    }
}
