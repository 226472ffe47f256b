package org.accord.portal.ui.task;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.task.TaskRow;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The team's tasks of one agreement or one commitment, from the link and from the filters, as the list counts them. */
class TeamTasksScopeTest extends PortalBrowserlessTest {

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
    void twoAgreementsWithTasks() {
        stories = new TeamTaskStories(new SignedIn(users), tasks, portfolio, plan, agreements, referenceData, jdbc);
    }

    @Test
    @WithUserDetails("pm.us")
    void anAgreementInTheLinkListsTheOpenTasksOfItsInitiativesAsCounted() {
        TeamTasksView view = open(Map.of("agreement", String.valueOf(stories.bersinsAgreement)));

        assertThat(view.filters.agreement.getValue().id()).isEqualTo(stories.bersinsAgreement);
        assertThat(view.filters.commitment.getValue()).isNull();
        assertThat(view.filters.commitment.getListDataView().getItems())
                .isNotEmpty().allMatch(ref -> ref.agreementId() == stories.bersinsAgreement);
        assertThat(ids(view)).containsExactlyInAnyOrder(stories.overdue, stories.openOfLiaisonMx);
        assertThat(tasks.countTeam(view.filter())).isEqualTo(test(view.grid).size());
        assertThat(view.shareableLocation()).isEqualTo("tasks?agreement=" + stories.bersinsAgreement);
    }

    @Test
    @WithUserDetails("pm.us")
    void aCommitmentInTheLinkListsOnlyTheTasksOfTheInitiativesServingIt() {
        TeamTasksView view = open(Map.of("commitment", String.valueOf(stories.aguilarsCommitment), "open", "false"));

        assertThat(view.filters.agreement.getValue()).isNull();
        assertThat(view.filters.commitment.getValue().id()).isEqualTo(stories.aguilarsCommitment);
        assertThat(ids(view)).containsExactly(stories.otherInitiative);
        assertThat(tasks.countTeam(view.filter())).isEqualTo(test(view.grid).size()).isEqualTo(1);
    }

    @Test
    @WithUserDetails("pm.us")
    void theOtherCountrysInternalTaskStaysHiddenInItsAgreementsTasks() {
        TeamTasksView view = open(Map.of("agreement", String.valueOf(stories.bersinsAgreement),
                "commitment", String.valueOf(stories.bersinsCommitment), "party", "MX", "open", "false"));

        assertThat(ids(view)).containsExactly(stories.openOfLiaisonMx);
        assertThat(tasks.countTeam(view.filter())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("pm.mx")
    void theCountryThatWroteAnInternalTaskSeesItInItsAgreementsTasks() {
        TeamTasksView view = open(Map.of("agreement", String.valueOf(stories.bersinsAgreement), "party", "MX"));

        assertThat(ids(view)).containsExactlyInAnyOrder(stories.openOfLiaisonMx, stories.internalMx);
        assertThat(tasks.countTeam(view.filter())).isEqualTo(2);
    }

    @Test
    @WithUserDetails("pm.us")
    void aCommitmentOfAnotherAgreementOrAnUnknownOneIsIgnoredAndTheLinkCorrected() {
        var link = new LinkedHashMap<String, String>();
        link.put("agreement", String.valueOf(stories.bersinsAgreement));
        link.put("commitment", String.valueOf(stories.aguilarsCommitment));
        TeamTasksView view = open(link);

        assertThat(view.filters.commitment.getValue()).isNull();
        assertThat(view.shareableLocation()).isEqualTo("tasks?agreement=" + stories.bersinsAgreement);
        assertThat(ids(view)).containsExactlyInAnyOrder(stories.overdue, stories.openOfLiaisonMx);

        view = open(Map.of("agreement", "three", "commitment", "-1", "initiative", String.valueOf(stories.ledByBersin)));

        assertThat(view.filters.agreement.getValue()).isNull();
        assertThat(view.filters.commitment.getValue()).isNull();
        assertThat(view.shareableLocation()).isEqualTo("tasks?initiative=" + stories.ledByBersin);
    }

    @Test
    @WithUserDetails("pm.us")
    void choosingAnAgreementThenACommitmentRewritesTheLinkAndAnotherAgreementClearsTheCommitment() {
        TeamTasksView view = open(Map.of());

        test(view.filters.agreement).selectItem(code(stories.bersinsAgreement));
        assertThat(view.shareableLocation()).isEqualTo("tasks?agreement=" + stories.bersinsAgreement);
        assertThat(ids(view)).containsExactlyInAnyOrder(stories.overdue, stories.openOfLiaisonMx);

        test(view.filters.commitment).selectItem(label(stories.bersinsCommitment));
        assertThat(view.shareableLocation()).isEqualTo("tasks?agreement=" + stories.bersinsAgreement
                + "&commitment=" + stories.bersinsCommitment);
        assertThat(ids(view)).containsExactlyInAnyOrder(stories.overdue, stories.openOfLiaisonMx);

        test(view.filters.agreement).selectItem(code(stories.aguilarsAgreement));
        assertThat(view.filters.commitment.getValue()).isNull();
        assertThat(view.shareableLocation()).isEqualTo("tasks?agreement=" + stories.aguilarsAgreement);
        assertThat(ids(view)).containsExactly(stories.otherInitiative);
        assertThat(tasks.countTeam(view.filter())).isEqualTo(test(view.grid).size());
    }

    private String code(long agreementId) {
        return jdbc.queryForObject("select code from agreement where id = ?", String.class, agreementId);
    }

    private String label(long commitmentId) {
        return agreements.commitments(List.of(commitmentId)).stream().map(ref -> ref.label(Language.EN)).findFirst()
                .orElseThrow();
    }

    private TeamTasksView open(Map<String, String> link) {
        UI.getCurrent().navigate(TeamTasksView.class, QueryParameters.simple(link));
        return (TeamTasksView) getCurrentView();
    }

    private List<Long> ids(TeamTasksView view) {
        var grid = test(view.grid);
        return IntStream.range(0, grid.size()).mapToObj(grid::getRow).map(TaskRow::id).toList();
    }
}
