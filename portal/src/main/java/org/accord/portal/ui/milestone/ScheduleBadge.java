package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.html.Span;
import org.accord.milestone.ScheduleState;

/** On time, late or overdue as a badge that says it in words, so colour is never the only sign. */
class ScheduleBadge extends Span {

    ScheduleBadge(ScheduleState state) {
        super(MilestoneTexts.state(state));
        getElement().getThemeList().add("badge");
        getElement().getThemeList().add(theme(state));
        getElement().setAttribute("data-state", state.name());
    }

    static String theme(ScheduleState state) {
        return switch (state) {
            case ON_TIME -> "success";
            case LATE -> "warning";
            case OVERDUE -> "error";
        };
    }
}
