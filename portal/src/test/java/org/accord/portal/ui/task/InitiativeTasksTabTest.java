package org.accord.portal.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.stream.IntStream;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.portal.ui.initiative.InitiativeView;
import org.accord.task.TaskRow;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Tasks tab of an initiative: its tasks, open first, linked to their pages; "New task" for its managers. */
class InitiativeTasksTabTest extends PortalBrowserlessTest {

    @Autowired
    Tasks tasks;
    @Autowired
    MilestonePlan plan;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    TeamTaskStories stories;

    @BeforeEach
    void twoInitiativesWithTasks() {
        stories = new TeamTaskStories(new SignedIn(users), tasks, portfolio, plan, agreements, referenceData, jdbc);
    }

    @Test
    @WithUserDetails("bersin")
    void theLeadSeesTheTasksOpenFirstLinkedToTheirPagesAndMayAddOne() {
        InitiativeTasksTab tab = openTab(stories.ledByBersin);

        assertThat(tab.newTask.isVisible()).isTrue();
        assertThat(ids(tab)).containsExactly(stories.overdue, stories.openOfLiaisonMx, stories.done);
        var link = (RouterLink) test(tab.grid).getCellComponent(0, 1);
        assertThat(link.getHref()).isEqualTo("tasks/" + stories.overdue);
        assertThat(link.getText()).startsWith("Overdue report");
        assertThat(test(tab.grid).getCellText(2, 5)).isEqualTo("Done");

        test(tab.newTask).click();
        assertThat(getCurrentView()).isInstanceOf(NewTaskView.class);
        assertThat(((NewTaskView) getCurrentView()).dialog).isNotNull();
    }

    @Test
    @WithUserDetails("lead.mx")
    void theMexicanLeadAlsoSeesTheInternalTaskOfHisCountry() {
        InitiativeTasksTab tab = openTab(stories.ledByBersin);

        assertThat(ids(tab)).contains(stories.internalMx).hasSize(4);
        assertThat(test(tab.grid).getCellText(3, 5)).isEqualTo("Terminada");
    }

    @Test
    @WithUserDetails("liaison.us")
    void aLiaisonReadsTheTasksButGetsNoNewTaskButton() {
        InitiativeTasksTab tab = openTab(stories.ledByBersin);

        assertThat(tab.newTask.isVisible()).isFalse();
        assertThat(ids(tab)).containsExactly(stories.overdue, stories.openOfLiaisonMx, stories.done);
    }

    @Test
    @WithUserDetails("bersin")
    void aLeadGetsNoNewTaskButtonOnAnInitiativeHeDoesNotLead() {
        InitiativeTasksTab tab = openTab(stories.ledByAguilar);

        assertThat(tab.newTask.isVisible()).isFalse();
        assertThat(ids(tab)).containsExactly(stories.otherInitiative);
    }

    private InitiativeTasksTab openTab(long initiativeId) {
        navigate(InitiativeView.class, initiativeId);
        roundTrip();
        TabSheet tabs = $(TabSheet.class).single();
        for (int index = 0; index < tabs.getTabCount(); index++) {
            if (tabs.getTabAt(index).getId().orElse("").equals("tab-tasks")) {
                test(tabs).select(index);
            }
        }
        roundTrip();
        return $(InitiativeTasksTab.class).single();
    }

    private List<Long> ids(InitiativeTasksTab tab) {
        var grid = test(tab.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).map(TaskRow::id).toList();
    }
}
