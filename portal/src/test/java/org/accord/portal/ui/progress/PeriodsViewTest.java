package org.accord.portal.ui.progress;

import static org.accord.progress.ProgressFixture.written;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.ListItem;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.ReferenceData;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.progress.PeriodView;
import org.accord.progress.ProgressFixture;
import org.accord.progress.ProgressUpdateView;
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

/** The program manager's reporting periods: open, review both sides, return, approve, close. */
class PeriodsViewTest extends PortalBrowserlessTest {

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
    ProgressFixture fixture;
    long initiative;
    String initiativeCode;

    @BeforeEach
    void activeInitiative() {
        signedIn = new SignedIn(userDetails);
        fixture = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        initiative = fixture.activeInitiative();
        initiativeCode = signedIn.as("pm.us", () -> portfolio.detail(initiative).code());
    }

    @Test
    @WithUserDetails("pm.us")
    void programManagerReturnsWithACommentThenApprovesAndTheUpdateIsLocked() {
        PeriodView period = fixture.openPeriod();
        signedIn.as("bersin", () -> updates.submit(period.id(), initiative, written("Manifest exchange live")));
        signedIn.as("lead.mx", () -> updates.saveDraft(period.id(), initiative, written("Borrador")));

        PeriodsView view = openOverview(period);
        assertThat(view.grid.getColumnByKey("state-US")).isNotNull();
        test(openButton(view, "US")).click();
        assertThat(view.review.update().partyCode()).isEqualTo("US");
        assertThat(view.review.content.accomplishments.getValue()).isEqualTo("Manifest exchange live");
        test(view.review.returnUpdate).click();
        assertThat(view.review.comment.isInvalid()).isTrue();
        test(view.review.comment).setValue("Add the pilot dates");
        test(view.review.returnUpdate).click();
        assertThat(stored(period)).extracting(ProgressUpdateView::state, ProgressUpdateView::returnComment)
                .containsExactly(UpdateState.RETURNED, "Add the pilot dates");

        var returned = stored(period);
        var corrected = returned.toDraft();
        corrected.setNextSteps("Pilot from 1 May 2012");
        signedIn.as("bersin", () -> updates.submit(period.id(), initiative, corrected));
        view = openOverview(period);
        test(openButton(view, "US")).click();
        test(view.review.approve).click();

        assertThat(stored(period).state()).isEqualTo(UpdateState.APPROVED);
        assertThat(stored(period).locked()).isTrue();
        assertThat(view.review.approve.isVisible()).isFalse();
        assertThat(view.review.content.state.getText()).contains("Approved");
    }

    @Test
    @WithUserDetails("pm.us")
    void anotherPartysDraftShowsAsNotStartedInTheOverview() {
        PeriodView period = fixture.openPeriod();
        signedIn.as("lead.mx", () -> updates.saveDraft(period.id(), initiative, written("Borrador")));

        PeriodsView view = openOverview(period);
        var row = view.grid.asSingleSelect().getValue();

        assertThat(row.state("MX")).isEqualTo(UpdateState.NOT_STARTED);
        test(openButton(view, "MX")).click();
        assertThat(view.review.content.accomplishments.getValue()).isEmpty();
    }

    @Test
    @WithUserDetails("pm.mx")
    void programManagerOpensAQuarterAndClosingItListsWhatWasNeverSubmitted() {
        PeriodsView view = navigate(PeriodsView.class);
        String quarter = ProgressFixture.unusedQuarter();
        test(view.code).setValue(quarter);
        test(view.open).click();
        PeriodView period = view.period.getValue();
        assertThat(period.code()).isEqualTo(quarter);
        signedIn.as("bersin", () -> updates.submit(period.id(), initiative, written("Manifest exchange live")));

        test(view.close).click();

        assertThat($(ListItem.class, view.neverSubmitted).all()).extracting(ListItem::getText)
                .contains(initiativeCode + " · MX").doesNotContain(initiativeCode + " · US");
        assertThat(view.period.getValue().isOpen()).isFalse();
        assertThat(view.close.isEnabled()).isFalse();
    }

    private PeriodsView openOverview(PeriodView period) {
        PeriodsView view = navigate(PeriodsView.class);
        test(view.period).selectItem(period.code() + " · open");
        var grid = test(view.grid);
        for (int row = 0; row < grid.size(); row++) {
            if (grid.getRow(row).initiativeId() == initiative) {
                grid.select(row);
                return view;
            }
        }
        throw new AssertionError("initiative " + initiative + " is not in the overview");
    }

    private static com.vaadin.flow.component.button.Button openButton(PeriodsView view, String partyCode) {
        return view.openUpdate.stream().filter(button -> button.getId().orElseThrow().equals("open-update-" + partyCode))
                .findFirst().orElseThrow();
    }

    private ProgressUpdateView stored(PeriodView period) {
        return signedIn.as("pm.us", () -> updates.update(period.id(), initiative, "US"));
    }
}
