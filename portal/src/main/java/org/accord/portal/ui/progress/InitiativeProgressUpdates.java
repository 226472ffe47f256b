package org.accord.portal.ui.progress;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.accord.progress.ProgressUpdateView;

/** The "Progress updates" tab of an initiative: both countries' updates of every period, latest first. */
public class InitiativeProgressUpdates extends VerticalLayout {

    final Grid<ProgressUpdateView> grid = new Grid<>();
    final Paragraph none = new Paragraph();

    public InitiativeProgressUpdates(List<ProgressUpdateView> updates) {
        setPadding(false);
        setId("initiative-progress-updates");
        none.setText(getTranslation("progress.tab.none"));
        none.setVisible(updates.isEmpty());
        grid.addColumn(ProgressUpdateView::periodCode).setHeader(getTranslation("periods.period")).setAutoWidth(true);
        grid.addColumn(ProgressUpdateView::partyCode).setHeader(getTranslation("updates.column.party"))
                .setAutoWidth(true);
        grid.addColumn(update -> ProgressTexts.state(update.state())).setHeader(getTranslation("updates.column.state"))
                .setAutoWidth(true);
        grid.addColumn(update -> update.proposedHealth() == null ? "" : ProgressTexts.health(update.proposedHealth()))
                .setHeader(getTranslation("progress.proposed-health")).setAutoWidth(true);
        grid.addColumn(update -> orEmpty(update.accomplishments())).setHeader(getTranslation("progress.accomplishments"))
                .setFlexGrow(2);
        grid.addColumn(update -> orEmpty(update.nextSteps())).setHeader(getTranslation("progress.next-steps"))
                .setFlexGrow(2);
        grid.addColumn(update -> orEmpty(update.risksAndIssues())).setHeader(getTranslation("progress.risks"))
                .setFlexGrow(2);
        grid.setItems(updates);
        grid.setAllRowsVisible(true);
        add(none, grid);
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
