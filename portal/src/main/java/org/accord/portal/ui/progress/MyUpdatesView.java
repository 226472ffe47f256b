package org.accord.portal.ui.progress;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.accord.portal.ui.LinkParameters;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.progress.PeriodView;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.progress.UpdateToWrite;
import org.springframework.data.domain.PageRequest;

/**
 * An oversight lead's progress updates to write: their initiatives in an open period, and the editor. A link
 * {@code updates?period=3&initiative=7} opens that period and that initiative's update.
 */
@Route(value = "updates", layout = MainLayout.class)
@RolesAllowed({"OVERSIGHT_LEAD", "ADMIN", "PROGRAM_MANAGER"})
public class MyUpdatesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Select<PeriodView> period = new Select<>();
    final Paragraph noOpenPeriod = new Paragraph();
    final Grid<UpdateToWrite> grid = new Grid<>();
    final Div editorArea = new Div();
    UpdateEditor editor;
    TranslationPanel translation;

    private final ProgressUpdates updates;
    private final List<PeriodView> open;

    public MyUpdatesView(ProgressUpdates updates, ReportingPeriods periods) {
        this.updates = updates;
        setId("my-updates-view");
        open = periods.open();
        period.setLabel(getTranslation("updates.period"));
        period.setItems(open);
        period.setItemLabelGenerator(PeriodView::code);
        noOpenPeriod.setText(getTranslation("updates.no-open-period"));
        noOpenPeriod.setVisible(open.isEmpty());

        grid.addColumn(UpdateToWrite::initiativeCode).setHeader(getTranslation("updates.column.initiative"))
                .setAutoWidth(true);
        grid.addColumn(line -> line.title(Texts.currentLanguage())).setHeader(getTranslation("updates.column.title"))
                .setFlexGrow(1);
        grid.addColumn(UpdateToWrite::partyCode).setHeader(getTranslation("updates.column.party")).setAutoWidth(true);
        grid.addColumn(line -> ProgressTexts.state(line.state())).setHeader(getTranslation("updates.column.state"))
                .setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                write(event.getValue());
            }
        });
        period.addValueChangeListener(event -> showPeriod());
        editorArea.setWidthFull();
        add(new H1(getTranslation("updates.title")), noOpenPeriod, period, grid, editorArea);
        if (!open.isEmpty()) {
            period.setValue(open.getFirst());
        }
    }

    /** The link that opens the signed-in lead's update of the initiative in the period. */
    public static QueryParameters linkTo(long periodId, long initiativeId) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("period", String.valueOf(periodId));
        parameters.put("initiative", String.valueOf(initiativeId));
        return QueryParameters.simple(parameters);
    }

    /** Opens the period and the update a link names; a period that is not open or an initiative not led is ignored. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        QueryParameters link = event.getLocation().getQueryParameters();
        LinkParameters.number(link, "period")
                .flatMap(id -> open.stream().filter(candidate -> candidate.id() == id).findFirst())
                .ifPresent(period::setValue);
        LinkParameters.number(link, "initiative").flatMap(this::lineOf).ifPresent(grid::select);
    }

    private Optional<UpdateToWrite> lineOf(long initiativeId) {
        if (period.getValue() == null) {
            return Optional.empty();
        }
        int all = Math.max(1, updates.countToWrite());
        return updates.toWrite(period.getValue().id(), PageRequest.of(0, all)).stream()
                .filter(line -> line.initiativeId() == initiativeId).findFirst();
    }

    private void showPeriod() {
        editorArea.removeAll();
        editor = null;
        if (period.getValue() == null) {
            grid.setItems(List.of());
            return;
        }
        long periodId = period.getValue().id();
        grid.setItems(query -> updates.toWrite(periodId, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream(),
                query -> updates.countToWrite());
    }

    private void write(UpdateToWrite line) {
        editorArea.removeAll();
        var update = updates.update(line.periodId(), line.initiativeId(), line.partyCode());
        editor = new UpdateEditor(update);
        editor.saveDraft.addClickListener(click -> save(line, false));
        editor.submit.addClickListener(click -> save(line, true));
        translation = new TranslationPanel(update, updates, () -> write(line));
        translation.setVisible(ProgressTexts.isShared(update));
        editorArea.add(editor, translation);
    }

    private void save(UpdateToWrite line, boolean submit) {
        var draft = editor.draft();
        ProgressChanges.attempt(() -> {
            if (submit) {
                updates.submit(line.periodId(), line.initiativeId(), draft);
            } else {
                updates.saveDraft(line.periodId(), line.initiativeId(), draft);
            }
        }, submit ? "progress.submitted" : "progress.saved", editor::showAtField, () -> {
            grid.getDataProvider().refreshAll();
            write(line);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.updates");
    }
}
