package org.accord.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.audit.HistoryLine;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** DESIGN.md §4 for initiatives: who may change what, and who may read party-internal notes. */
@PortalTest
class InitiativeAccessTest {

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

    @BeforeEach
    void initiativeLedByBersinAndLeadMx() {
        signedIn = new SignedIn(userDetails);
        initiative = signedIn.as("pm.us", () -> {
            var fixture = new PortfolioFixture(agreements, referenceData, jdbc);
            long[] agreement = fixture.agreementWithTwoCommitments();
            return portfolio.save(fixture.initiative(agreement[1], "bersin", "lead.mx"));
        });
    }

    @Test
    void oversightLeadUpdatesStatusAndHealthOfWhatTheyLead() {
        signedIn.as("bersin", () -> portfolio.updateProgress(initiative, version(), InitiativeStatus.ACTIVE,
                Health.AMBER, "ISA connectivity tests slipped a month"));

        var detail = signedIn.as("meade", () -> portfolio.detail(initiative));
        assertThat(detail.status()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(detail.healthReason()).isEqualTo("ISA connectivity tests slipped a month");
        assertThat(detail.mayUpdateProgress()).isFalse();
    }

    @Test
    void leadOfOtherInitiativesLiaisonAndExecutiveCannotUpdateProgress() {
        for (String someone : new String[] {"morton", "liaison.us", "napolitano"}) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> portfolio.updateProgress(initiative, version(),
                    InitiativeStatus.ACTIVE, Health.GREEN, null))).as(someone).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> signedIn.as("bersin", () -> portfolio.assignLead(initiative, version(), "US",
                jdbc.queryForObject("select id from user_account where username = 'morton'", Long.class))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void internalNotesNeverReachTheOtherPartyNotEvenThroughHistory() {
        signedIn.as("bersin", () -> portfolio.addNote(initiative, true, "US only: budget question pending"));
        signedIn.as("lead.mx", () -> portfolio.addNote(initiative, false, "Capacitación en Nuevo Laredo, 40 oficiales"));

        var usNotes = signedIn.as("liaison.us", () -> portfolio.notes(initiative));
        var mxNotes = signedIn.as("meade", () -> portfolio.notes(initiative));
        var mxHistory = signedIn.as("lead.mx", () -> portfolio.history(initiative));

        assertThat(usNotes).extracting(NoteView::body)
                .contains("US only: budget question pending", "Capacitación en Nuevo Laredo, 40 oficiales");
        assertThat(mxNotes).extracting(NoteView::body).containsExactly("Capacitación en Nuevo Laredo, 40 oficiales");
        assertThat(mxHistory).extracting(HistoryLine::after).doesNotContain("US only: budget question pending");
    }

    @Test
    void leadCannotCancelThroughAProgressUpdate() {
        assertThatThrownBy(() -> signedIn.as("bersin", () -> portfolio.updateProgress(initiative, version(),
                InitiativeStatus.CANCELLED, Health.GREEN, null)))
                .isInstanceOfSatisfying(org.accord.shared.InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("initiative.cancel.use-cancel"));
    }

    @Test
    void historyNamesCommitmentsAndAgenciesByCode() {
        var lines = signedIn.as("pm.us", () -> portfolio.history(initiative));

        assertThat(lines).filteredOn(line -> line.field().equals("leadAgencies")).singleElement()
                .extracting(HistoryLine::after).isEqualTo("US: CBP, MX: ADUANAS");
        assertThat(lines).filteredOn(line -> line.field().equals("commitments")).singleElement()
                .extracting(HistoryLine::after).asString().matches("AGR-[A-Z0-9]+ · 1");
        assertThat(lines).extracting(HistoryLine::field).contains("code");
    }

    @Test
    void cancellingKeepsTheInitiativeAndSaysWhy() {
        signedIn.as("pm.mx", () -> portfolio.cancel(initiative, version(), "Merged into the C-TPAT/NEEC initiative"));

        var detail = signedIn.as("liaison.mx", () -> portfolio.detail(initiative));
        assertThat(detail.status()).isEqualTo(InitiativeStatus.CANCELLED);
        assertThat(signedIn.as("pm.us", () -> portfolio.history(initiative))).extracting(HistoryLine::field)
                .contains("status", "cancellationReason");
    }

    private long version() {
        return jdbc.queryForObject("select version from initiative where id = ?", Long.class, initiative);
    }
}
