package org.accord.portal.ui.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.Map;
import org.accord.agreement.Agreements;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.initiative.InitiativeStatus;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The initiatives list: its filters, the link that carries them, and who may start a new initiative. */
class InitiativesViewTest extends PortalBrowserlessTest {

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

    InitiativeStories stories;

    @BeforeEach
    void stories() {
        stories = new InitiativeStories(portfolio, agreements, referenceData, jdbc, users);
    }

    @Test
    @WithUserDetails("pm.us")
    void linkWithFiltersNarrowsTheList() {
        long[] agreement = stories.agreement();
        var red = stories.draft(agreement[1]);
        red.setStatus(InitiativeStatus.ACTIVE);
        red.setHealth(Health.RED);
        red.setHealthReason("Connectivity tests failed");
        stories.save(red);
        stories.save(stories.draft(agreement[2]));

        InitiativesView view = navigateWithQuery(Map.of("agreement", String.valueOf(agreement[0]),
                "status", "ACTIVE", "health", "RED", "party", "MX"));

        assertThat(test(view.grid).size()).isEqualTo(1);
        InitiativeRow row = test(view.grid).getRow(0);
        assertThat(row.code()).isEqualTo(red.getCode());
        assertThat(row.leads()).containsEntry("US", "Alan Bersin");
        assertThat(view.filters.health.getValue()).isEqualTo(Health.RED);
        assertThat(view.filters.party.getValue().getCode()).isEqualTo("MX");
        assertThat(view.filters.agreement.getValue().id()).isEqualTo(agreement[0]);
    }

    @Test
    @WithUserDetails("pm.us")
    void linkNarrowsToOneCommitmentAndText() {
        long[] agreement = stories.agreement();
        var first = stories.draft(agreement[1]);
        stories.save(first);
        stories.save(stories.draft(agreement[2]));

        InitiativesView view = navigateWithQuery(Map.of("commitment", String.valueOf(agreement[2])));
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).code()).isNotEqualTo(first.getCode());

        view = navigateWithQuery(Map.of("q", first.getCode().toLowerCase()));
        assertThat(view.filters.commitment.getValue()).isNull();
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).code()).isEqualTo(first.getCode());
    }

    @Test
    @WithUserDetails("pm.us")
    void badValuesInTheLinkAreIgnored() {
        var link = new LinkedHashMap<String, String>();
        link.put("agreement", "three");
        link.put("commitment", "-1");
        link.put("status", "SLEEPING");
        link.put("health", "red");
        link.put("party", "XX");
        link.put("agency", "999999");
        link.put("lead", String.valueOf(stories.fixture.userId("liaison.us")));

        InitiativesView view = navigateWithQuery(link);

        assertThat(view.filters.agreement.getValue()).isNull();
        assertThat(view.filters.commitment.getValue()).isNull();
        assertThat(view.filters.status.getValue()).isNull();
        assertThat(view.filters.party.getValue()).isNull();
        assertThat(view.filters.leadAgency.getValue()).isNull();
        assertThat(view.filters.lead.getValue()).isNull();
        assertThat(view.filters.health.getValue()).isEqualTo(Health.RED);
        assertThat(view.shareableLocation()).isEqualTo("initiatives?health=RED");
    }

    @Test
    @WithUserDetails("pm.us")
    void choosingFiltersPutsThemInTheLink() {
        InitiativesView view = navigate(InitiativesView.class);

        test(view.filters.health).selectItem("Amber");
        test(view.filters.party).selectItem("Mexico");
        test(view.filters.lead).selectItem("Coordinación de Aduanas (MX · ADUANAS)");

        assertThat(view.shareableLocation()).isEqualTo("initiatives?health=AMBER&party=MX&lead="
                + stories.fixture.userId("lead.mx"));
        assertThat(view.filter().leadId()).isEqualTo(stories.fixture.userId("lead.mx"));
    }

    @Test
    @WithUserDetails("pm.us")
    void countryNarrowsTheLeadAgencyAndLeadChoices() {
        InitiativesView view = navigate(InitiativesView.class);

        test(view.filters.party).selectItem("United States");

        assertThat(test(view.filters.leadAgency).getSuggestionItems()).extracting(agency -> agency.getCode())
                .contains("CBP", "ICE").doesNotContain("ADUANAS", "SAT");
        assertThat(test(view.filters.lead).getSuggestionItems()).extracting(person -> person.partyCode())
                .isNotEmpty().containsOnly("US");
    }

    @Test
    @WithUserDetails("bersin")
    void oversightLeadNarrowsTheListToWhatTheyLead() {
        var mine = stories.draft(stories.agreement()[1]);
        stories.save(mine);

        InitiativesView view = navigate(InitiativesView.class);
        assertThat(view.filters.ledByMe.isVisible()).isTrue();
        test(view.filters.ledByMe).click();

        long bersin = stories.fixture.userId("bersin");
        assertThat(view.filter().leadId()).isEqualTo(bersin);
        assertThat(view.shareableLocation()).isEqualTo("initiatives?lead=" + bersin);
        for (int i = 0; i < Math.min(test(view.grid).size(), 20); i++) {
            assertThat(test(view.grid).getRow(i).leads()).containsEntry("US", "Alan Bersin");
        }
        test(view.filters.text).setValue(mine.getCode());
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.newInitiative.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("liaison.us")
    void liaisonSeesTheListWithoutNewInitiativeOrLedByMe() {
        stories.initiativeLedByBersin();

        InitiativesView view = navigate(InitiativesView.class);

        assertThat(view.newInitiative.isVisible()).isFalse();
        assertThat(view.filters.ledByMe.isVisible()).isFalse();
        assertThat(test(view.grid).size()).isPositive();
    }

    @Test
    @WithUserDetails("pm.us")
    void choosingARowOpensTheInitiative() {
        var draft = stories.draft(stories.agreement()[1]);
        long id = stories.save(draft);
        InitiativesView view = navigateWithQuery(Map.of("q", draft.getCode()));

        test(view.grid).select(0);

        assertThat(getCurrentView()).isInstanceOf(InitiativeView.class);
        assertThat(((InitiativeView) getCurrentView()).detail().id()).isEqualTo(id);
    }

    private InitiativesView navigateWithQuery(Map<String, String> parameters) {
        UI.getCurrent().navigate(InitiativesView.class, QueryParameters.simple(parameters));
        return (InitiativesView) getCurrentView();
    }
}
