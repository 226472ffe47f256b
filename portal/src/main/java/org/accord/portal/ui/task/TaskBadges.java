package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import org.accord.task.TaskStatus;

/** Status and overdue as badges that say it in words, so colour is never the only sign. */
public final class TaskBadges {

    private TaskBadges() {
    }

    public static Span status(TaskStatus status) {
        var badge = badge(TaskTexts.status(status), switch (status) {
            case OPEN -> "";
            case IN_PROGRESS -> "success";
            case BLOCKED -> "warning";
            case DONE -> "success primary";
            case CANCELLED -> "contrast";
        });
        badge.addClassName("task-status");
        badge.getElement().setAttribute("data-status", status.name());
        return badge;
    }

    public static Span overdue() {
        var badge = badge(UI.getCurrent().getTranslation("task.overdue"), "error");
        badge.addClassName("task-overdue");
        return badge;
    }

    public static Span internal() {
        var badge = badge(UI.getCurrent().getTranslation("task.internal-marker"), "contrast");
        badge.addClassName("task-internal");
        return badge;
    }

    private static Span badge(String text, String theme) {
        var badge = new Span(text);
        badge.getElement().getThemeList().add("badge");
        for (String variant : theme.split(" ")) {
            if (!variant.isEmpty()) {
                badge.getElement().getThemeList().add(variant);
            }
        }
        return badge;
    }
}
