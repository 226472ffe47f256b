package org.accord.portal.ui.task;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.accord.audit.HistoryLine;
import org.accord.portal.ui.Dates;

/** The History tab: every recorded change of the task the viewer's country may see, newest first. */
class TaskHistory extends VerticalLayout {

    final Grid<HistoryLine> lines = new Grid<>(HistoryLine.class, false);

    TaskHistory(List<HistoryLine> history) {
        setId("task-history");
        setPadding(false);
        lines.setId("task-history-lines");
        lines.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        lines.setHeight("24rem");
        lines.setEmptyStateText(getTranslation("task.history.none"));
        lines.addColumn(line -> Dates.dateTime(line.at())).setKey("at").setHeader(getTranslation("task.history.at"))
                .setAutoWidth(true);
        lines.addColumn(HistoryLine::by).setKey("by").setHeader(getTranslation("task.history.by")).setAutoWidth(true);
        lines.addColumn(line -> TaskTexts.field(line.field())).setKey("field")
                .setHeader(getTranslation("task.history.field")).setAutoWidth(true);
        lines.addColumn(line -> TaskTexts.value(line.field(), line.before())).setKey("before")
                .setHeader(getTranslation("task.history.before")).setFlexGrow(2);
        lines.addColumn(line -> TaskTexts.value(line.field(), line.after())).setKey("after")
                .setHeader(getTranslation("task.history.after")).setFlexGrow(2);
        lines.setItems(history);
        add(lines);
    }
}
