package org.accord.portal.ui.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.initiative.InitiativeStatus;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

/** Cancelled is entered with Cancel initiative and left with Reopen initiative, never through the form or Update progress. */
class InitiativeStatusRulesViewTest extends PortalBrowserlessTest {

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
    long initiative;

    @BeforeEach
    void initiativeLedByBersinAndLeadMx() {
        stories = new InitiativeStories(portfolio, agreements, referenceData, jdbc, users);
        initiative = stories.initiativeLedByBersin();
    }

    @Test
    @WithUserDetails("pm.us")
    void theFormDoesNotOfferCancelled() {
        InitiativeForm form = navigate(InitiativeEditView.class, initiative).form;

        assertThat(form.status.getListDataView().getItems()).doesNotContain(InitiativeStatus.CANCELLED)
                .contains(InitiativeStatus.PROPOSED, InitiativeStatus.ACTIVE);
        assertThat(form.status.isReadOnly()).isFalse();
    }

    @Test
    @WithUserDetails("pm.us")
    void aCancelledInitiativeKeepsItsStatusInTheFormAndIsStillEdited() {
        cancel();
        InitiativeForm form = navigate(InitiativeEditView.class, initiative).form;

        assertThat(form.status.getValue()).isEqualTo(InitiativeStatus.CANCELLED);
        assertThat(form.status.isReadOnly()).isTrue();
        assertThat(form.status.getHelperText()).isEqualTo("Cancelled: reopen it from the initiative's page, with a reason.");
        test(form.titleEn).setValue("Renamed while cancelled");
        test(form.save).click();

        assertThat(getCurrentView()).isInstanceOf(InitiativeView.class);
        assertThat(jdbc.queryForObject("select title_en from initiative where id = ?", String.class, initiative))
                .isEqualTo("Renamed while cancelled");
    }

    @Test
    @WithUserDetails("bersin")
    void aLeadCanNeitherUpdateNorReopenACancelledInitiative() {
        cancel();
        InitiativeView view = open();

        assertThat(view.overview.updateProgress.isVisible()).isFalse();
        assertThat(view.overview.reopen.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("pm.mx")
    void reopeningAsksForAReasonAndReturnsToTheChosenStatus() {
        cancel();
        InitiativeView view = open();
        assertThat(view.overview.updateProgress.isVisible()).isFalse();
        assertThat(view.overview.cancel.isVisible()).isFalse();

        test(view.overview.reopen).click();
        ReopenInitiativeDialog dialog = $(ReopenInitiativeDialog.class).single();
        assertThat(dialog.status.getListDataView().getItems()).doesNotContain(InitiativeStatus.CANCELLED);
        test(dialog.confirm).click();
        assertThat(dialog.reason.isInvalid()).isTrue();
        assertThat(dialog.reason.getErrorMessage()).isEqualTo("Indique por qué se reabre la iniciativa.");
        assertThat(dialog.isOpened()).isTrue();

        test(dialog.status).selectItem("En pausa");
        test(dialog.reason).setValue("La fusión no se concretó");
        test(dialog.confirm).click();

        assertThat(dialog.isOpened()).isFalse();
        assertThat(view.detail().status()).isEqualTo(InitiativeStatus.ON_HOLD);
        assertThat(view.overview.reopen.isVisible()).isFalse();
        assertThat(view.overview.updateProgress.isVisible()).isTrue();
        assertThat(view.history().lines.getListDataView().getItems())
                .anySatisfy(line -> assertThat(line.after()).isEqualTo("La fusión no se concretó"));
    }

    @Test
    @WithUserDetails("pm.us")
    void theLeadHistoryShowsWhoEndedAPeriod() {
        stories.signedIn.as("pm.mx", () -> portfolio.assignLead(initiative, stories.version(initiative), "US",
                stories.fixture.userId("aguilar")));
        InitiativeView view = open();

        var grid = test(view.leads().periods);
        assertThat(view.leads().periods.getListDataView().getItems()
                .filter(period -> period.leadName().equals("Alan Bersin")))
                .singleElement().satisfies(period -> assertThat(period.endedBy()).isEqualTo("pm.mx"));
        assertThat(view.leads().periods.getColumnByKey("endedBy").getHeaderText()).isEqualTo("Ended by");
        assertThat(grid.size()).isEqualTo(3);
    }

    private void cancel() {
        stories.signedIn.as("pm.us", () -> portfolio.cancel(initiative, stories.version(initiative),
                "Merged into the C-TPAT/NEEC initiative"));
    }

    private InitiativeView open() {
        InitiativeView view = navigate(InitiativeView.class, initiative);
        roundTrip();
        return view;
    }
}
