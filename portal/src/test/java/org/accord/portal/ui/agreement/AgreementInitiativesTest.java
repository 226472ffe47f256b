package org.accord.portal.ui.agreement;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeRow;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The agreement page lists the initiatives that implement the agreement and counts them per commitment. */
@WithUserDetails("napolitano")
class AgreementInitiativesTest extends PortalBrowserlessTest {

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

    @Test
    void agreementPageListsItsInitiativesAndCountsThemPerCommitment() {
        var signedIn = new SignedIn(users);
        var fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        long[] agreement = signedIn.as("pm.us", fixture::agreementWithTwoCommitments);
        var draft = signedIn.as("pm.us", () -> fixture.initiative(agreement[2], "morton", "lead.inm"));
        signedIn.as("pm.us", () -> portfolio.save(draft));

        AgreementView view = navigate("agreements/" + agreement[0], AgreementView.class);

        @SuppressWarnings("unchecked")
        Grid<InitiativeRow> initiatives = (Grid<InitiativeRow>) $(Grid.class).id("agreement-initiatives");
        assertThat(test(initiatives).size()).isEqualTo(1);
        assertThat(test(initiatives).getRow(0).code()).isEqualTo(draft.getCode());
        var commitments = test(view.commitments.grid);
        assertThat(view.commitments.coverageText(commitments.getRow(0))).isEqualTo("None yet");
        assertThat(view.commitments.coverageText(commitments.getRow(1))).isEqualTo("1 initiative");
    }
}
