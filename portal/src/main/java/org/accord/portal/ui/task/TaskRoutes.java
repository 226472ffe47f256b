package org.accord.portal.ui.task;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;

/** Where a task's page and the new-task page are: {@code tasks/42} and {@code tasks/new?initiative=7}. */
final class TaskRoutes {

    private TaskRoutes() {
    }

    static String taskPath(long taskId) {
        return "tasks/" + taskId;
    }

    static void openTask(long taskId) {
        UI.getCurrent().navigate(taskPath(taskId));
    }

    static void newTask(long initiativeId) {
        UI.getCurrent().navigate("tasks/new", QueryParameters.of("initiative", String.valueOf(initiativeId)));
    }
}
