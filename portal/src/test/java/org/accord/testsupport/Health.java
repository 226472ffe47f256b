package org.accord.testsupport;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads Actuator's health answer: the status of one of its components. */
public final class Health {

    private Health() {
    }

    /** The component's status ("UP", "DOWN"...), or null when the answer does not name the component. */
    public static String of(String healthJson, String component) {
        Matcher status = Pattern.compile("\"" + Pattern.quote(component)
                + "\":\\{(?:\"details\":\\{[^}]*\\},)?\"status\":\"([A-Z_]+)\"").matcher(healthJson);
        return status.find() ? status.group(1) : null;
    }
}
