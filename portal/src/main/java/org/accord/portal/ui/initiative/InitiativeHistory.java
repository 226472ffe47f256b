package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.accord.audit.HistoryLine;

/** The History tab: every recorded change the viewer's country may see, newest first. */
class InitiativeHistory extends VerticalLayout {

    final Grid<HistoryLine> lines = new Grid<>(HistoryLine.class, false);

    InitiativeHistory(List<HistoryLine> history) {
        setId("initiative-history");
        setPadding(false);
        lines.setId("history-lines");
        lines.addThemeVariants(GridVariant.ROW_STRIPES, GridVariant.WRAP_CELL_CONTENT);
        lines.setHeight("32rem");
        lines.setEmptyStateText(getTranslation("initiative.history.none"));
        lines.addColumn(line -> DateTexts.moment(line.at())).setKey("at").setHeader(getTranslation("initiative.history.at"))
                .setAutoWidth(true);
        lines.addColumn(HistoryLine::by).setKey("by").setHeader(getTranslation("initiative.history.by")).setAutoWidth(true);
        lines.addColumn(line -> InitiativeTexts.field(line.field())).setKey("field")
                .setHeader(getTranslation("initiative.history.field")).setAutoWidth(true);
        lines.addColumn(line -> InitiativeTexts.value(line.field(), line.before())).setKey("before")
                .setHeader(getTranslation("initiative.history.before")).setFlexGrow(2);
        lines.addColumn(line -> InitiativeTexts.value(line.field(), line.after())).setKey("after")
                .setHeader(getTranslation("initiative.history.after")).setFlexGrow(2);
        lines.setItems(history);
        add(lines);
    }
}
