package org.accord.portal.ui.initiative;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import org.accord.initiative.InitiativeDetail;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.people.Directory;
import org.accord.people.Party;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.Texts;
import org.accord.portal.ui.progress.InitiativeProgressUpdates;
import org.accord.progress.ProgressUpdates;
import org.accord.portal.ui.milestone.MilestonesTab;
import org.accord.portal.ui.task.InitiativeTasksTab;
import org.accord.task.Tasks;
import org.accord.shared.EditConflictException;

/**
 * One initiative ({@code initiatives/7}): overview, oversight leads, notes, history, milestones, progress updates and
 * tasks, each on a tab; a tab other than the overview is made, and reads what it shows, when first selected.
 */
@Route(value = "initiatives", layout = MainLayout.class)
@PermitAll
public class InitiativeView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final H1 title = new H1();
    final TabSheet tabs = new TabSheet();
    InitiativeOverview overview;
    private LazyTab<InitiativeLeads> leads;
    private LazyTab<InitiativeNotes> notes;
    private LazyTab<MilestonesTab> milestones;
    /** Null for those who may not read the initiative's history (DESIGN.md §4): they get no History tab. */
    private LazyTab<InitiativeHistory> history;
    private LazyTab<InitiativeProgressUpdates> progressUpdates;
    private LazyTab<InitiativeTasksTab> tasksTab;

    private final InitiativePortfolio portfolio;
    private final Directory directory;
    private final ProgressUpdates updates;
    private final MilestonePlan milestonePlan;
    private final Tasks tasks;
    private final List<Party> parties;
    private final InitiativeChanges changes = new InitiativeChanges(this::reload);
    private long initiativeId;
    private InitiativeDetail detail;

    public InitiativeView(InitiativePortfolio portfolio, ReferenceData referenceData, Directory directory,
                          ProgressUpdates updates, MilestonePlan milestonePlan, Tasks tasks) {
        this.portfolio = portfolio;
        this.tasks = tasks;
        this.milestonePlan = milestonePlan;
        this.directory = directory;
        this.updates = updates;
        this.parties = referenceData.parties();
        setId("initiative-view");
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(event -> fillSelectedTab());
        var back = new RouterLink(getTranslation("initiative.back"), InitiativesView.class);
        back.setId("initiative-back");
        add(back, title, tabs);
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        initiativeId = id;
        try {
            reload();
        } catch (EditConflictException missing) {
            Notices.error(getTranslation("initiative.not-found"));
            event.forwardTo(InitiativesView.class);
        }
    }

    /** Shows the initiative as stored now, on the tab the user was looking at. */
    void reload() {
        detail = portfolio.detail(initiativeId);
        title.setText(detail.code() + " · " + detail.title(Texts.currentLanguage()));
        int selected = Math.max(tabs.getSelectedIndex(), 0);
        while (tabs.getTabCount() > 0) {
            tabs.remove(0);
        }
        overview = new InitiativeOverview(detail, parties, portfolio, changes);
        leads = new LazyTab<>(() -> new InitiativeLeads(detail, parties, portfolio, directory, changes));
        notes = new LazyTab<>(() -> new InitiativeNotes(detail, portfolio, changes));
        history = portfolio.mayReadHistory(initiativeId)
                ? new LazyTab<>(() -> new InitiativeHistory(portfolio.history(initiativeId))) : null;
        milestones = new LazyTab<>(() -> new MilestonesTab(milestonePlan, initiativeId));
        progressUpdates = new LazyTab<>(() -> new InitiativeProgressUpdates(updates, initiativeId));
        tasksTab = new LazyTab<>(() -> new InitiativeTasksTab(tasks, initiativeId));
        tabs.add(getTranslation("initiative.tab.overview"), overview).setId("tab-overview");
        tabs.add(getTranslation("initiative.tab.leads"), leads).setId("tab-leads");
        tabs.add(getTranslation("initiative.tab.notes"), notes).setId("tab-notes");
        if (history != null) {
            tabs.add(getTranslation("initiative.tab.history"), history).setId("tab-history");
        }
        tabs.add(getTranslation("initiative.tab.milestones"), milestones).setId("tab-milestones");
        tabs.add(getTranslation("progress.tab"), progressUpdates).setId("tab-progress-updates");
        tabs.add(getTranslation("team-tasks.tab"), tasksTab).setId("tab-tasks");
        tabs.setSelectedIndex(Math.min(selected, tabs.getTabCount() - 1));
        fillSelectedTab();
    }

    private void fillSelectedTab() {
        if (tabs.getSelectedTab() != null) {
            LazyTab.fill(tabs.getComponent(tabs.getSelectedTab()));
        }
    }

    InitiativeDetail detail() {
        return detail;
    }

    InitiativeLeads leads() {
        return leads.content();
    }

    InitiativeNotes notes() {
        return notes.content();
    }

    /** Null for those who may not read the initiative's history. */
    InitiativeHistory history() {
        return history == null ? null : history.content();
    }

    InitiativeProgressUpdates progressUpdates() {
        return progressUpdates.content();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("initiative.title.page", detail == null ? "" : detail.code());
    }
}
