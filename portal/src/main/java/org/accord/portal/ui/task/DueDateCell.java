package org.accord.portal.ui.task;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.accord.portal.ui.Dates;
import org.accord.task.TaskRow;

/** A task's due date, with an "Overdue" badge in words when an open task is past it. */
class DueDateCell extends HorizontalLayout {

    DueDateCell(TaskRow row) {
        setSpacing(true);
        setPadding(false);
        add(new Span(Dates.date(row.dueDate())));
        if (row.overdue()) {
            add(TaskBadges.overdue());
        }
    }
}
