package org.accord.portal.ui.progress;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.accord.progress.ProgressUpdateView;
import org.accord.progress.ProgressUpdates;

/**
 * The "Progress updates" tab of an initiative: both countries' updates of every period, latest first, each in the
 * language it was written in; choosing a submitted one shows its translation, or that it has none yet.
 */
public class InitiativeProgressUpdates extends VerticalLayout {

    final Grid<ProgressUpdateView> grid = new Grid<>();
    final Paragraph none = new Paragraph();
    final Div selectedArea = new Div();
    TranslationPanel translation;

    private final ProgressUpdates updates;
    private final long initiativeId;

    public InitiativeProgressUpdates(ProgressUpdates updates, long initiativeId) {
        this.updates = updates;
        this.initiativeId = initiativeId;
        setPadding(false);
        setId("initiative-progress-updates");
        grid.addColumn(ProgressUpdateView::periodCode).setHeader(getTranslation("periods.period")).setAutoWidth(true);
        grid.addColumn(ProgressUpdateView::partyCode).setHeader(getTranslation("updates.column.party"))
                .setAutoWidth(true);
        grid.addColumn(update -> ProgressTexts.state(update.state())).setHeader(getTranslation("updates.column.state"))
                .setAutoWidth(true);
        grid.addColumn(update -> update.proposedHealth() == null ? "" : ProgressTexts.health(update.proposedHealth()))
                .setHeader(getTranslation("progress.proposed-health")).setAutoWidth(true);
        grid.addColumn(update -> ProgressTexts.languageName(update.language())).setKey("language")
                .setHeader(getTranslation("progress.language")).setAutoWidth(true);
        grid.addColumn(this::translationState).setKey("translation")
                .setHeader(getTranslation("progress.translation.column")).setAutoWidth(true);
        grid.addColumn(update -> orEmpty(update.accomplishments())).setHeader(getTranslation("progress.accomplishments"))
                .setFlexGrow(2);
        grid.addColumn(update -> orEmpty(update.nextSteps())).setHeader(getTranslation("progress.next-steps"))
                .setFlexGrow(2);
        grid.addColumn(update -> orEmpty(update.risksAndIssues())).setHeader(getTranslation("progress.risks"))
                .setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.asSingleSelect().addValueChangeListener(event -> show(event.getValue()));
        selectedArea.setId("initiative-progress-selected");
        selectedArea.setWidthFull();
        add(none, grid, selectedArea);
        reload(null);
    }

    /** Reads the updates again, keeping the one chosen before chosen. */
    private void reload(Long selectedId) {
        List<ProgressUpdateView> all = updates.ofInitiative(initiativeId);
        none.setText(getTranslation("progress.tab.none"));
        none.setVisible(all.isEmpty());
        grid.setItems(all);
        all.stream().filter(update -> update.id().equals(selectedId)).findFirst()
                .ifPresentOrElse(grid.asSingleSelect()::setValue, () -> show(null));
    }

    private void show(ProgressUpdateView update) {
        selectedArea.removeAll();
        translation = null;
        if (update == null || !ProgressTexts.isShared(update)) {
            return;
        }
        var original = new Paragraph(getTranslation("progress.original.of", update.periodCode(), update.partyCode(),
                ProgressTexts.languageName(update.language())));
        original.setId("initiative-progress-original");
        translation = new TranslationPanel(update, updates, () -> reload(update.id()));
        selectedArea.add(original, translation);
    }

    private String translationState(ProgressUpdateView update) {
        if (!ProgressTexts.isShared(update)) {
            return "";
        }
        return update.translation() == null
                ? getTranslation("progress.translation.none", ProgressTexts.languageName(update.translationLanguage()))
                : ProgressTexts.languageName(update.translation().language());
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
