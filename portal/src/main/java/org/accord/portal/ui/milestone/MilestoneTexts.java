package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.UI;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.accord.milestone.ScheduleState;

/** Milestone values in the user's language. */
final class MilestoneTexts {

    private MilestoneTexts() {
    }

    static String status(MilestoneStatus status) {
        return translate("milestone.status." + status.name());
    }

    static String side(OwnerSide side) {
        return translate("milestone.side." + side.name());
    }

    static String state(ScheduleState state) {
        return translate("milestone.state." + state.name());
    }

    /** "+12 days", "−3 days" or "0". */
    static String slippage(long days) {
        return days == 0 ? "0" : translate(days > 0 ? "milestone.slippage.late" : "milestone.slippage.early",
                Math.abs(days));
    }

    private static String translate(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }
}
