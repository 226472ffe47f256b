package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import org.accord.initiative.Priority;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.Texts;
import org.accord.task.TaskRow;
import org.accord.task.TaskStatus;

/** Translations of task values, shared by the task screens. */
public final class TaskTexts {

    private TaskTexts() {
    }

    public static String status(TaskStatus status) {
        return translate("task.status." + status.name());
    }

    public static String priority(Priority priority) {
        return translate("task.priority." + priority.name());
    }

    /** The milestone's title in the UI language, or empty without one. */
    public static String milestone(TaskRow row) {
        if (row.milestoneId() == null) {
            return "";
        }
        return switch (Texts.currentLanguage()) {
            case ES -> row.milestoneTitleEs();
            default -> row.milestoneTitleEn();
        };
    }

    public static String initiative(TaskRow row) {
        String title = switch (Texts.currentLanguage()) {
            case ES -> row.initiativeTitleEs();
            default -> row.initiativeTitleEn();
        };
        return row.initiativeCode() + " · " + title;
    }

    /** A history field's name. */
    static String field(String field) {
        return translate("task.field." + field);
    }

    /** A history value: statuses, priorities and dates translated, other text as recorded. */
    static String value(String field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "status" -> Arrays.stream(TaskStatus.values()).filter(status -> status.name().equals(value))
                    .findFirst().map(TaskTexts::status).orElse(value);
            case "priority" -> Arrays.stream(Priority.values()).filter(priority -> priority.name().equals(value))
                    .findFirst().map(TaskTexts::priority).orElse(value);
            case "dueDate" -> dateOrAsIs(value);
            default -> value;
        };
    }

    private static String dateOrAsIs(String value) {
        try {
            return Dates.date(LocalDate.parse(value));
        } catch (DateTimeParseException notADate) {
            return value;
        }
    }

    private static String translate(String key) {
        return UI.getCurrent().getTranslation(key);
    }
}
