package org.accord.portal.ui.initiative;

import static org.accord.progress.ProgressFixture.written;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
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

/** The initiative's "Progress updates" tab: both countries' updates, without the other country's drafts. */
class InitiativeProgressTabTest extends PortalBrowserlessTest {

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

    long initiative;

    @BeforeEach
    void submittedUsUpdateAndMexicanDraft() {
        var signedIn = new SignedIn(userDetails);
        var fixture = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        initiative = fixture.activeInitiative();
        PeriodView period = fixture.openPeriod();
        signedIn.as("bersin", () -> updates.submit(period.id(), initiative, written("Manifest exchange live")));
        signedIn.as("lead.mx", () -> updates.saveDraft(period.id(), initiative, written("Borrador de México")));
    }

    @Test
    @WithUserDetails("liaison.mx")
    void mexicanLiaisonReadsTheSubmittedUsUpdateAndTheirOwnCountrysDraft() {
        assertThat(rows()).extracting(ProgressUpdateView::partyCode, ProgressUpdateView::state)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("US", UpdateState.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple("MX", UpdateState.DRAFT));
    }

    @Test
    @WithUserDetails("liaison.us")
    void usLiaisonNeverSeesTheMexicanDraft() {
        assertThat(rows()).extracting(ProgressUpdateView::partyCode).containsExactly("US");
        assertThat(rows()).extracting(ProgressUpdateView::accomplishments).containsExactly("Manifest exchange live");
    }

    @SuppressWarnings("unchecked")
    private java.util.List<ProgressUpdateView> rows() {
        InitiativeView view = navigate(InitiativeView.class, initiative);
        Grid<ProgressUpdateView> grid = $(Grid.class, view.progressUpdates()).single();
        var tester = test(grid);
        return java.util.stream.IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
