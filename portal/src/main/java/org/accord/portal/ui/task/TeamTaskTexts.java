package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import org.accord.initiative.Priority;
import org.accord.people.Language;
import org.accord.portal.ui.Texts;
import org.accord.task.TaskRow;
import org.accord.task.TaskStatus;

/** Task values as the team view and the initiative's Tasks tab show them, in the user's language. */
final class TeamTaskTexts {

    private TeamTaskTexts() {
    }

    static String status(TaskStatus status) {
        return UI.getCurrent().getTranslation("team-tasks.status." + status.name());
    }

    static String priority(Priority priority) {
        return UI.getCurrent().getTranslation("initiative.priority." + priority.name());
    }

    /** The milestone's title in the user's language, or nothing when the task is on no milestone. */
    static String milestone(TaskRow row) {
        if (row.milestoneId() == null) {
            return "";
        }
        return Texts.currentLanguage() == Language.ES && row.milestoneTitleEs() != null
                ? row.milestoneTitleEs() : row.milestoneTitleEn();
    }
}
