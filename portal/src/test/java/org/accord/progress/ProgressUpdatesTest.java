package org.accord.progress;

import static org.accord.progress.ProgressFixture.written;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.ReferenceData;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

@PortalTest
class ProgressUpdatesTest {

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
    long period;

    @BeforeEach
    void activeInitiativeInAnOpenPeriod() {
        signedIn = new SignedIn(userDetails);
        var fixture = new ProgressFixture(signedIn, portfolio, periods, agreements, referenceData, jdbc);
        initiative = fixture.activeInitiative();
        period = fixture.openPeriod().id();
    }

    @Test
    void leadFindsTheirUpdateToWriteInEveryOpenPeriod() {
        var toWrite = signedIn.as("bersin", () -> updates.toWrite(period, PageRequest.of(0, 500)));
        int count = signedIn.as("bersin", () -> updates.countToWrite());

        assertThat(toWrite).filteredOn(line -> line.initiativeId() == initiative).singleElement()
                .satisfies(line -> {
                    assertThat(line.partyCode()).isEqualTo("US");
                    assertThat(line.state()).isEqualTo(UpdateState.NOT_STARTED);
                });
        assertThat(count).isGreaterThanOrEqualTo(toWrite.size());
        assertThat(signedIn.as("morton", () -> updates.toWrite(period, PageRequest.of(0, 500))))
                .noneMatch(line -> line.initiativeId() == initiative);
    }

    @Test
    void leadSavesADraftAndFindsItAgain() {
        signedIn.as("bersin", () -> updates.saveDraft(period, initiative, written("Manifest exchange live")));

        var mine = signedIn.as("bersin", () -> updates.update(period, initiative, "US"));
        assertThat(mine.state()).isEqualTo(UpdateState.DRAFT);
        assertThat(mine.accomplishments()).isEqualTo("Manifest exchange live");
        assertThat(mine.proposedHealth()).isEqualTo(Health.AMBER);
        assertThat(mine.mayEdit()).isTrue();
        assertThat(signedIn.as("bersin", () -> updates.toWrite(period, PageRequest.of(0, 500))))
                .filteredOn(line -> line.initiativeId() == initiative).extracting(UpdateToWrite::state)
                .containsExactly(UpdateState.DRAFT);
    }

    @Test
    void aDraftNeverReachesTheOtherParty() {
        signedIn.as("bersin", () -> updates.saveDraft(period, initiative, written("US only draft")));

        for (String mexican : new String[] {"lead.mx", "pm.mx", "meade", "liaison.mx"}) {
            var seen = signedIn.as(mexican, () -> updates.update(period, initiative, "US"));
            assertThat(seen.state()).as(mexican).isEqualTo(UpdateState.NOT_STARTED);
            assertThat(seen.accomplishments()).as(mexican).isNull();
        }
        assertThat(overviewRow("pm.mx"))
                .satisfies(row -> assertThat(row.state("US")).isEqualTo(UpdateState.NOT_STARTED));
        assertThat(signedIn.as("meade", () -> updates.ofInitiative(initiative))).isEmpty();
        assertThat(signedIn.as("liaison.us", () -> updates.update(period, initiative, "US")).accomplishments())
                .isEqualTo("US only draft");
    }

    @Test
    void everyoneSignedInReadsASubmittedUpdate() {
        signedIn.as("bersin", () -> updates.submit(period, initiative, written("Manifest exchange live")));

        for (String someone : new String[] {"lead.mx", "meade", "liaison.mx", "napolitano"}) {
            var seen = signedIn.as(someone, () -> updates.update(period, initiative, "US"));
            assertThat(seen.state()).as(someone).isEqualTo(UpdateState.SUBMITTED);
            assertThat(seen.accomplishments()).as(someone).isEqualTo("Manifest exchange live");
            assertThat(seen.submittedBy()).isEqualTo("bersin");
        }
        assertThat(signedIn.as("meade", () -> updates.ofInitiative(initiative))).extracting(ProgressUpdateView::partyCode)
                .containsExactly("US");
    }

    @Test
    void submittingForTheOtherPartyOrAnInitiativeOneDoesNotLeadIsRefused() {
        for (String someone : new String[] {"morton", "liaison.us", "pm.us", "napolitano"}) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> updates.submit(period, initiative, written("x"))))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("lead.mx", () -> updates.submit(period, initiative, written("Capacitación")));
        assertThat(signedIn.as("pm.us", () -> updates.update(period, initiative, "US")).state())
                .isEqualTo(UpdateState.NOT_STARTED);
        assertThat(signedIn.as("pm.us", () -> updates.update(period, initiative, "MX")).state())
                .isEqualTo(UpdateState.SUBMITTED);
    }

    @Test
    void submittingNeedsAccomplishmentsNextStepsAndHealthAndSavesNothingOtherwise() {
        var incomplete = written("Manifest exchange live");
        incomplete.setProposedHealth(null);

        assertThatThrownBy(() -> signedIn.as("bersin", () -> updates.submit(period, initiative, incomplete)))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("progress.health.required");
        assertThat(signedIn.as("bersin", () -> updates.update(period, initiative, "US")).id()).isNull();
    }

    @Test
    void programManagerReturnsWithACommentAndTheLeadResubmits() {
        signedIn.as("bersin", () -> updates.submit(period, initiative, written("Manifest exchange live")));
        var submitted = signedIn.as("pm.mx", () -> updates.update(period, initiative, "US"));
        assertThat(submitted.mayDecide()).isTrue();
        assertThatThrownBy(() -> signedIn.as("pm.mx", () -> updates.returnUpdate(submitted.id(), submitted.version(), " ")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("progress.return.comment-required");

        signedIn.as("pm.mx", () -> updates.returnUpdate(submitted.id(), submitted.version(), "Add the pilot dates"));

        var returned = signedIn.as("bersin", () -> updates.update(period, initiative, "US"));
        assertThat(returned.state()).isEqualTo(UpdateState.RETURNED);
        assertThat(returned.returnComment()).isEqualTo("Add the pilot dates");
        assertThat(returned.mayEdit()).isTrue();
        var corrected = returned.toDraft();
        corrected.setNextSteps("Pilot from 1 May 2012");
        signedIn.as("bersin", () -> updates.submit(period, initiative, corrected));
        var resubmitted = signedIn.as("pm.us", () -> updates.update(period, initiative, "US"));
        assertThat(resubmitted.state()).isEqualTo(UpdateState.SUBMITTED);
        assertThat(resubmitted.nextSteps()).isEqualTo("Pilot from 1 May 2012");
    }

    @Test
    void anApprovedUpdateIsLockedAndASubmittedOneWaitsForTheDecision() {
        signedIn.as("bersin", () -> updates.submit(period, initiative, written("Manifest exchange live")));
        var submitted = signedIn.as("bersin", () -> updates.update(period, initiative, "US"));
        assertThat(submitted.mayEdit()).isFalse();
        assertThatThrownBy(() -> signedIn.as("bersin", () -> updates.saveDraft(period, initiative, submitted.toDraft())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("progress.update.submitted");
        assertThatThrownBy(() -> signedIn.as("bersin", () -> updates.approve(submitted.id(), submitted.version())))
                .isInstanceOf(AccessDeniedException.class);

        signedIn.as("admin.us", () -> updates.approve(submitted.id(), submitted.version()));

        var approved = signedIn.as("bersin", () -> updates.update(period, initiative, "US"));
        assertThat(approved.state()).isEqualTo(UpdateState.APPROVED);
        assertThat(approved.locked()).isTrue();
        assertThat(approved.decidedBy()).isEqualTo("admin.us");
        assertThatThrownBy(() -> signedIn.as("bersin", () -> updates.submit(period, initiative, approved.toDraft())))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("progress.update.locked");
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> updates.returnUpdate(approved.id(), approved.version(), "no")))
                .isInstanceOf(InvalidInputException.class).hasMessageContaining("progress.update.locked");
    }

    @Test
    void theSecondOfTwoSavesFromTheSameVersionConflicts() {
        signedIn.as("bersin", () -> updates.saveDraft(period, initiative, written("First")));
        var opened = signedIn.as("bersin", () -> updates.update(period, initiative, "US"));
        var mine = opened.toDraft();
        mine.setAccomplishments("Mine");
        var theirs = opened.toDraft();
        theirs.setAccomplishments("Theirs");
        signedIn.as("bersin", () -> updates.saveDraft(period, initiative, mine));

        assertThatThrownBy(() -> signedIn.as("bersin", () -> updates.saveDraft(period, initiative, theirs)))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> signedIn.as("bersin", () -> updates.saveDraft(period, initiative, written("new"))))
                .as("a second first save").isInstanceOf(EditConflictException.class);
    }

    @Test
    void onlyProgramManagersSeeThePeriodOverviewAndDecide() {
        for (String someone : new String[] {"bersin", "liaison.us", "napolitano"}) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> updates.overview(period, PageRequest.of(0, 10))))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("lead.mx", () -> updates.submit(period, initiative, written("Capacitación")));
        assertThat(overviewRow("pm.us"))
                .satisfies(row -> {
                    assertThat(row.state("US")).isEqualTo(UpdateState.NOT_STARTED);
                    assertThat(row.state("MX")).isEqualTo(UpdateState.SUBMITTED);
                });
        assertThat(signedIn.as("pm.us", () -> updates.countOverview())).isGreaterThanOrEqualTo(1);
    }

    /** The test initiative's row, on whichever page it is: the generated portfolio may come first. */
    private PeriodOverviewRow overviewRow(String programManager) {
        return signedIn.as(programManager, () -> {
            for (int page = 0; ; page++) {
                List<PeriodOverviewRow> rows = updates.overview(period, PageRequest.of(page, 500));
                var found = rows.stream().filter(row -> row.initiativeId() == initiative).toList();
                if (!found.isEmpty() || rows.isEmpty()) {
                    assertThat(found).hasSize(1);
                    return found.getFirst();
                }
            }
        });
    }
}
