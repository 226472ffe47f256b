package org.accord.portal.ui.progress;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import org.accord.people.Party;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.progress.NeverSubmitted;
import org.accord.progress.PeriodOverviewRow;
import org.accord.progress.PeriodView;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;

/** Program managers open and close reporting periods and review both parties' updates side by side. */
@Route(value = "periods", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "PROGRAM_MANAGER"})
public class PeriodsView extends VerticalLayout implements HasDynamicTitle {

    final TextField code = new TextField();
    final Button open = new Button();
    final Select<PeriodView> period = new Select<>();
    final Button close = new Button();
    final Div neverSubmitted = new Div();
    final Grid<PeriodOverviewRow> grid = new Grid<>();
    final Div reviewArea = new Div();
    final List<Button> openUpdate = new ArrayList<>();
    UpdateReview review;

    private final ProgressUpdates updates;
    private final ReportingPeriods periods;
    private final List<Party> parties;

    public PeriodsView(ProgressUpdates updates, ReportingPeriods periods, ReferenceData referenceData) {
        this.updates = updates;
        this.periods = periods;
        this.parties = referenceData.parties();
        setId("periods-view");
        code.setLabel(getTranslation("periods.code"));
        code.setId("period-code");
        open.setText(getTranslation("periods.open"));
        open.setId("period-open");
        open.addClickListener(click -> openPeriod());
        period.setLabel(getTranslation("periods.period"));
        period.setItemLabelGenerator(ProgressTexts::period);
        period.addValueChangeListener(event -> showPeriod());
        close.setText(getTranslation("periods.close"));
        close.setId("period-close");
        close.addClickListener(click -> closePeriod());
        neverSubmitted.setId("never-submitted");

        grid.addColumn(PeriodOverviewRow::initiativeCode).setHeader(getTranslation("updates.column.initiative"))
                .setAutoWidth(true);
        grid.addColumn(row -> row.title(Texts.currentLanguage())).setHeader(getTranslation("updates.column.title"))
                .setFlexGrow(1);
        for (Party party : parties) {
            grid.addColumn(row -> ProgressTexts.state(row.state(party.getCode()))).setKey("state-" + party.getCode())
                    .setHeader(getTranslation("periods.column.party", party.getCode())).setAutoWidth(true);
        }
        var actions = new HorizontalLayout();
        for (Party party : parties) {
            var button = new Button(getTranslation("periods.open-update", party.getCode()),
                    click -> review(grid.asSingleSelect().getValue(), party.getCode()));
            button.setId("open-update-" + party.getCode());
            button.setEnabled(false);
            openUpdate.add(button);
            actions.add(button);
        }
        grid.asSingleSelect().addValueChangeListener(event ->
                openUpdate.forEach(button -> button.setEnabled(event.getValue() != null)));

        var opening = new HorizontalLayout(code, open);
        opening.setAlignItems(FlexComponent.Alignment.BASELINE);
        var choosing = new HorizontalLayout(period, close);
        choosing.setAlignItems(FlexComponent.Alignment.BASELINE);
        reviewArea.setWidthFull();
        add(new H1(getTranslation("periods.title")), opening, choosing, neverSubmitted, grid, actions, reviewArea);
        reloadPeriods(null);
    }

    private void reloadPeriods(Long selectedId) {
        List<PeriodView> all = periods.all();
        period.setItems(all);
        all.stream().filter(candidate -> selectedId == null ? candidate.isOpen() : candidate.id() == selectedId)
                .findFirst().or(() -> all.stream().findFirst()).ifPresent(period::setValue);
        showPeriod();
    }

    private void showPeriod() {
        reviewArea.removeAll();
        review = null;
        PeriodView selected = period.getValue();
        close.setEnabled(selected != null && selected.isOpen());
        if (selected == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(query -> updates.overview(selected.id(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream(), query -> updates.countOverview());
    }

    private void openPeriod() {
        long[] opened = new long[1];
        ProgressChanges.attempt(() -> opened[0] = periods.openQuarter(code.getValue()), "periods.opened",
                refused -> {
                    code.setErrorMessage(getTranslation(refused.messageKey()));
                    code.setInvalid(true);
                }, () -> {
                    code.clear();
                    code.setInvalid(false);
                    reloadPeriods(opened[0] == 0 ? null : opened[0]);
                });
    }

    private void closePeriod() {
        PeriodView selected = period.getValue();
        List<NeverSubmitted> missing = new ArrayList<>();
        if (ProgressChanges.attempt(() -> missing.addAll(periods.close(selected.id(), selected.version())),
                "periods.closed", refused -> ProgressChanges.error(getTranslation(refused.messageKey())),
                () -> reloadPeriods(selected.id()))) {
            showNeverSubmitted(missing);
        }
    }

    private void showNeverSubmitted(List<NeverSubmitted> missing) {
        neverSubmitted.removeAll();
        if (missing.isEmpty()) {
            neverSubmitted.add(new Paragraph(getTranslation("periods.never-submitted.none")));
            return;
        }
        var list = new UnorderedList();
        missing.forEach(line -> list.add(new ListItem(line.initiativeCode() + " · " + line.partyCode())));
        neverSubmitted.add(new H2(getTranslation("periods.never-submitted", missing.size())), list);
    }

    private void review(PeriodOverviewRow row, String partyCode) {
        if (row == null) {
            return;
        }
        reviewArea.removeAll();
        review = new UpdateReview(updates.update(row.periodId(), row.initiativeId(), partyCode), updates,
                () -> review(row, partyCode));
        review.returnUpdate.addClickListener(click -> decide(row, partyCode, true));
        review.approve.addClickListener(click -> decide(row, partyCode, false));
        reviewArea.add(review);
    }

    private void decide(PeriodOverviewRow row, String partyCode, boolean sendBack) {
        var update = review.update();
        String comment = review.comment.getValue();
        ProgressChanges.attempt(() -> {
            if (sendBack) {
                updates.returnUpdate(update.id(), update.version(), comment);
            } else {
                updates.approve(update.id(), update.version());
            }
        }, sendBack ? "periods.returned" : "periods.approved", review::showAtField, () -> {
            grid.getDataProvider().refreshAll();
            review(row, partyCode);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.periods");
    }
}
