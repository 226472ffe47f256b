package org.accord.portal.ui.progress;

import static org.accord.progress.ProgressFixture.written;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.PortfolioFixture;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.progress.PeriodView;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ProgressUpdates;
import org.accord.progress.ReportingPeriods;
import org.accord.progress.UpdateState;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** The oversight lead's "My updates": write, save, submit, and answer a return. */
class MyUpdatesViewTest extends PortalBrowserlessTest {

    @Autowired
    ReportingPeriods periods;
    @Autowired
    ProgressUpdates updates;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    long initiative;
    PeriodView period;

    @BeforeEach
    void activeInitiativeInAnOpenPeriod() {
        signedIn = new SignedIn(userDetails);
        var fixture = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        initiative = fixture.activeInitiative();
        period = fixture.openPeriod();
    }

    @Test
    @WithUserDetails("bersin")
    void leadWritesSavesAndSubmitsTheirUpdate() {
        MyUpdatesView view = openMine();
        test(view.editor.accomplishments).setValue("Manifest exchange live at Laredo");
        test(view.editor.saveDraft).click();
        assertThat(stored().state()).isEqualTo(UpdateState.DRAFT);

        test(view.editor.nextSteps).setValue("Pilot at Nuevo Laredo");
        test(view.editor.proposedHealth).selectItem("Green");
        test(view.editor.submit).click();

        var submitted = stored();
        assertThat(submitted.state()).isEqualTo(UpdateState.SUBMITTED);
        assertThat(submitted.accomplishments()).isEqualTo("Manifest exchange live at Laredo");
        assertThat(view.editor.submit.isVisible()).isFalse();
        assertThat(view.editor.accomplishments.isReadOnly()).isTrue();
    }

    @Test
    @WithUserDetails("bersin")
    void submittingWithoutAProposedHealthIsToldAtTheField() {
        MyUpdatesView view = openMine();
        test(view.editor.accomplishments).setValue("Manifest exchange live");
        test(view.editor.nextSteps).setValue("Pilot");
        test(view.editor.submit).click();

        assertThat(view.editor.proposedHealth.isInvalid()).isTrue();
        assertThat(view.editor.proposedHealth.getErrorMessage()).isEqualTo("Propose a health before submitting.");
        assertThat(stored().id()).isNull();
    }

    @Test
    @WithUserDetails("bersin")
    void leadSeesTheReturnCommentAndSubmitsAgain() {
        signedIn.as("bersin", () -> updates.submit(period.id(), initiative, written("Manifest exchange live")));
        var submitted = signedIn.as("pm.mx", () -> updates.update(period.id(), initiative, "US"));
        signedIn.as("pm.mx", () -> updates.returnUpdate(submitted.id(), submitted.version(), "Add the pilot dates"));

        MyUpdatesView view = openMine();
        assertThat(view.editor.returnComment.getText()).contains("Add the pilot dates");
        assertThat(view.editor.state.getText()).startsWith("Returned");
        test(view.editor.nextSteps).setValue("Pilot from 1 May 2012");
        test(view.editor.submit).click();

        assertThat(stored().state()).isEqualTo(UpdateState.SUBMITTED);
        assertThat(stored().nextSteps()).isEqualTo("Pilot from 1 May 2012");
    }

    @Test
    @WithUserDetails("lead.mx")
    void theOtherPartysLeadWritesOnlyTheirOwnCountrysUpdate() {
        signedIn.as("bersin", () -> updates.saveDraft(period.id(), initiative, written("US draft")));

        MyUpdatesView view = openMine();

        assertThat(view.editor.update().partyCode()).isEqualTo("MX");
        assertThat(view.editor.accomplishments.getValue()).isEmpty();
        assertThat(view.editor.submit.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("bersin")
    void aLinkOpensThePeriodAndTheUpdateOfTheInitiativeItNames() {
        MyUpdatesView view = openLink(MyUpdatesView.linkTo(period.id(), initiative));

        assertThat(view.period.getValue().id()).isEqualTo(period.id());
        assertThat(view.editor.update().initiativeId()).isEqualTo(initiative);
        assertThat(view.editor.update().periodId()).isEqualTo(period.id());
        assertThat(view.editor.submit.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("bersin")
    void aLinkToAnInitiativeTheLeadDoesNotLeadOpensNoEditor() {
        long notLed = signedIn.as("pm.us", () -> {
            var fixture = new PortfolioFixture(agreements, referenceData, jdbc);
            return portfolio.save(fixture.initiative(fixture.agreementWithTwoCommitments()[1], "aguilar", "lead.inm"));
        });

        MyUpdatesView view = openLink(MyUpdatesView.linkTo(period.id(), notLed));

        assertThat(view.period.getValue().id()).isEqualTo(period.id());
        assertThat(view.editor).isNull();
    }

    private MyUpdatesView openLink(QueryParameters link) {
        UI.getCurrent().navigate(MyUpdatesView.class, link);
        return (MyUpdatesView) getCurrentView();
    }

    private MyUpdatesView openMine() {
        MyUpdatesView view = navigate(MyUpdatesView.class);
        test(view.period).selectItem(period.code());
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).initiativeId() == initiative) {
                grid.select(row);
                return view;
            }
        }
        throw new AssertionError("initiative " + initiative + " is not in the lead's list");
    }

    private org.accord.progress.ProgressUpdateView stored() {
        return signedIn.as("pm.us", () -> updates.update(period.id(), initiative, "US"));
    }
}
