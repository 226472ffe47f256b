package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.html.Span;
import org.accord.initiative.Health;

/** Green, amber or red as a Lumo badge that also says it in words, so colour is never the only sign. */
public class HealthBadge extends Span {

    public HealthBadge(Health health) {
        super(InitiativeTexts.health(health));
        getElement().getThemeList().add("badge");
        getElement().getThemeList().add(theme(health));
        getElement().setAttribute("data-health", health.name());
    }

    /** The Lumo badge theme of a health. */
    public static String theme(Health health) {
        return switch (health) {
            case GREEN -> "success";
            case AMBER -> "warning";
            case RED -> "error";
        };
    }
}
