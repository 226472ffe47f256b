package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.Optional;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.initiative.Priority;

/** Translations of initiative values, and of the fields and values the History tab names. */
final class InitiativeTexts {

    private InitiativeTexts() {
    }

    static String status(InitiativeStatus status) {
        return translate("initiative.status." + status.name());
    }

    static String health(Health health) {
        return translate("initiative.health." + health.name());
    }

    static String priority(Priority priority) {
        return translate("initiative.priority." + priority.name());
    }

    /** "status" as "Status"; a per-country field like "lead.MX" as "Oversight lead (MX)"; an unknown field as it is. */
    static String field(String field) {
        return known("history.field." + field).or(() -> perParty(field)).orElse(field);
    }

    /** Status, health and priority values in the user's language; every other value as it was recorded. */
    static String value(String field, String value) {
        if (value == null) {
            return "";
        }
        return switch (field) {
            case "status" -> enumText(InitiativeStatus.class, value).map(InitiativeTexts::status).orElse(value);
            case "health" -> enumText(Health.class, value).map(InitiativeTexts::health).orElse(value);
            case "priority" -> enumText(Priority.class, value).map(InitiativeTexts::priority).orElse(value);
            default -> value;
        };
    }

    private static Optional<String> perParty(String field) {
        int dot = field.lastIndexOf('.');
        return dot <= 0 ? Optional.empty()
                : known("history.field." + field.substring(0, dot), field.substring(dot + 1));
    }

    private static <E extends Enum<E>> Optional<E> enumText(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.name().equals(name)).findFirst();
    }

    /** The portal's translation provider answers a missing key with "!key". */
    private static Optional<String> known(String key, Object... params) {
        String text = translate(key, params);
        return text.startsWith("!") ? Optional.empty() : Optional.of(text);
    }

    private static String translate(String key, Object... params) {
        return UI.getCurrent().getTranslation(key, params);
    }
}
