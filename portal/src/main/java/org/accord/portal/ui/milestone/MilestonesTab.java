package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;
import org.accord.milestone.InitiativeMilestones;
import org.accord.milestone.MilestoneDraft;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.task.NewTaskView;

/**
 * The Milestones tab of an initiative: its milestones with baseline, forecast and actual dates, slippage and
 * schedule state, the percent done by weight; its managers add, edit, record progress and give a
 * milestone a task; everyone reads the log.
 */
public class MilestonesTab extends VerticalLayout {

    final Button add = new Button();
    final Span percentDone = new Span();
    final ProgressBar progress = new ProgressBar(0, 100);
    final Grid<MilestoneRow> grid = new Grid<>();

    private final MilestonePlan plan;
    private final long initiativeId;
    private final MilestoneChanges changes = new MilestoneChanges(this::reload);
    private boolean mayManage;

    public MilestonesTab(MilestonePlan plan, long initiativeId) {
        this.plan = plan;
        this.initiativeId = initiativeId;
        setId("initiative-milestones");
        setPadding(false);
        add.setId("milestone-add");
        add.setText(getTranslation("milestone.add"));
        add.addThemeVariants(ButtonVariant.PRIMARY);
        add.addClickListener(click -> {
            var draft = new MilestoneDraft();
            new MilestoneDialog(initiativeId, draft, plan, changes).open();
        });
        percentDone.setId("milestones-percent-done");
        progress.setWidth("12rem");
        var onTimeline = new RouterLink(getTranslation("milestones.timeline.of-initiative"), MilestonesView.class);
        onTimeline.setQueryParameters(QueryParameters.of("initiative", String.valueOf(initiativeId)));
        onTimeline.setId("milestones-on-timeline");
        var header = new HorizontalLayout(percentDone, progress, add, onTimeline);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        grid.setId("milestones-grid");
        grid.setAllRowsVisible(true);
        grid.addColumn(row -> row.title(Texts.currentLanguage())).setHeader(getTranslation("milestone.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> MilestoneTexts.side(row.ownerSide())).setHeader(getTranslation("milestone.owner"));
        grid.addColumn(row -> Dates.date(row.baselineDate())).setHeader(getTranslation("milestone.baseline"));
        grid.addColumn(row -> Dates.date(row.forecastDate())).setHeader(getTranslation("milestone.forecast"));
        grid.addColumn(row -> Dates.date(row.actualDate())).setHeader(getTranslation("milestone.actual"));
        grid.addColumn(row -> MilestoneTexts.slippage(row.slippageDays())).setHeader(getTranslation("milestone.slippage"));
        grid.addComponentColumn(row -> new ScheduleBadge(row.state())).setHeader(getTranslation("milestone.state"));
        grid.addColumn(row -> MilestoneTexts.status(row.status())).setHeader(getTranslation("milestone.status"));
        grid.addComponentColumn(this::actions).setFlexGrow(2);
        add(header, grid);
        reload();
    }

    void reload() {
        InitiativeMilestones milestones = plan.ofInitiative(initiativeId);
        mayManage = milestones.mayManage();
        add.setVisible(mayManage);
        percentDone.setText(getTranslation("milestone.percent-done", milestones.percentDone()));
        progress.setValue(milestones.percentDone());
        grid.setItems(milestones.milestones());
    }

    private HorizontalLayout actions(MilestoneRow row) {
        var actions = new HorizontalLayout();
        if (mayManage) {
            var edit = new Button(getTranslation("milestone.edit"),
                    click -> new MilestoneDialog(initiativeId, plan.edit(row.id()), plan, changes).open());
            edit.addClassName("milestone-edit");
            var progressButton = new Button(getTranslation("milestone.progress"),
                    click -> new MilestoneProgressDialog(row, plan, changes).open());
            progressButton.addClassName("milestone-progress");
            actions.add(edit, progressButton);
        }
        var log = new Button(getTranslation("milestone.log"),
                click -> new MilestoneLogDialog(row, mayManage, plan, this::reload).open());
        log.addClassName("milestone-log");
        actions.add(log);
        if (mayManage) {
            var addTask = new Button(getTranslation("team-tasks.milestone.add-task"),
                    click -> UI.getCurrent().navigate(NewTaskView.class, QueryParameters.simple(Map.of(
                            "initiative", String.valueOf(initiativeId), "milestone", String.valueOf(row.id())))));
            addTask.addClassName("milestone-add-task");
            actions.add(addTask);
        }
        actions.getChildren().forEach(button -> ((Button) button).addThemeVariants(ButtonVariant.SMALL));
        return actions;
    }
}
