package org.accord.milestone;

import static org.accord.milestone.MilestoneStories.TODAY;
import static org.accord.milestone.MilestoneStories.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.people.ReferenceData;
import org.accord.shared.EditConflictException;
import org.accord.shared.EvidenceFile;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PortalTest
@RecordApplicationEvents
class MilestonePlanTest {

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
    UserDetailsService userDetails;
    @Autowired
    ApplicationEvents events;

    SignedIn signedIn;
    MilestoneStories stories;

    @BeforeEach
    void initiativeLedByBersinAndLeadMx() {
        signedIn = new SignedIn(userDetails);
        stories = new MilestoneStories(signedIn, portfolio, plan, agreements, referenceData, jdbc);
    }

    @Test
    void leadAddsMilestoneAndEveryoneSignedInReadsItsSlippageButOnlyManagersMayManage() {
        long id = stories.milestone("Customs training in Nuevo Laredo", OwnerSide.MX, TODAY.plusDays(30),
                TODAY.plusDays(40));

        var seenByLiaison = signedIn.as("liaison.us", () -> plan.ofInitiative(stories.initiativeId));
        var seenByLead = signedIn.as("lead.mx", () -> plan.ofInitiative(stories.initiativeId));

        assertThat(seenByLiaison.milestones()).singleElement().satisfies(row -> {
            assertThat(row.id()).isEqualTo(id);
            assertThat(row.titleEs()).isEqualTo("Customs training in Nuevo Laredo (es)");
            assertThat(row.slippageDays()).isEqualTo(10);
            assertThat(row.state()).isEqualTo(ScheduleState.LATE);
        });
        assertThat(seenByLiaison.mayManage()).isFalse();
        assertThat(seenByLead.mayManage()).isTrue();
    }

    @Test
    void milestonePastItsDateAndNotDoneIsOverdueWhileOneOnItsBaselineIsOnTime() {
        long overdue = stories.milestone("Pilot report", OwnerSide.US, TODAY.minusDays(5), null);
        long onTime = stories.milestone("Second pilot", OwnerSide.US, TODAY.plusDays(5), TODAY.plusDays(5));

        assertThat(stories.row(overdue).state()).isEqualTo(ScheduleState.OVERDUE);
        assertThat(stories.row(overdue).slippageDays()).isZero();
        assertThat(stories.row(onTime).state()).isEqualTo(ScheduleState.ON_TIME);
    }

    @Test
    void percentDoneCountsWeightsOfDoneMilestonesAndLeavesCancelledOnesOut() {
        long small = signedIn.as("bersin", () -> plan.save(stories.initiativeId,
                draft("Connectivity test", OwnerSide.JOINT, TODAY.minusDays(10), null, 1)));
        long big = signedIn.as("bersin", () -> plan.save(stories.initiativeId,
                draft("ISA signed off", OwnerSide.JOINT, TODAY.minusDays(3), null, 3)));
        long cancelled = signedIn.as("bersin", () -> plan.save(stories.initiativeId,
                draft("Dropped", OwnerSide.US, TODAY.plusDays(3), null, 10)));

        signedIn.as("bersin", () -> plan.recordProgress(big, stories.row(big).version(), MilestoneStatus.DONE, null,
                TODAY.minusDays(1), null));
        signedIn.as("bersin", () -> plan.recordProgress(cancelled, stories.row(cancelled).version(),
                MilestoneStatus.CANCELLED, null, null, "no longer needed"));

        assertThat(signedIn.as("napolitano", () -> plan.ofInitiative(stories.initiativeId)).percentDone()).isEqualTo(75);
        assertThat(stories.row(big).slippageDays()).isEqualTo(2);
        assertThat(stories.row(big).state()).isEqualTo(ScheduleState.LATE);
        assertThat(stories.row(small).state()).isEqualTo(ScheduleState.OVERDUE);
    }

    @Test
    void reBaselineNeedsAReasonAndTheLogKeepsIt() {
        long id = stories.milestone("Global Entry enrolment opens", OwnerSide.US, TODAY.plusDays(10), null);
        long version = stories.row(id).version();

        assertThatThrownBy(() -> signedIn.as("bersin", () -> plan.rebaseline(id, version, TODAY.plusDays(60), " ")))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("rebaselineReason"));
        assertThat(stories.row(id).baselineDate()).isEqualTo(TODAY.plusDays(10));

        signedIn.as("bersin", () -> plan.rebaseline(id, version, TODAY.plusDays(60), "Steering group moved the date"));

        assertThat(stories.row(id).baselineDate()).isEqualTo(TODAY.plusDays(60));
        assertThat(signedIn.as("liaison.mx", () -> plan.log(id)).getFirst()).satisfies(line -> {
            assertThat(line.rebaselineReason()).isEqualTo("Steering group moved the date");
            assertThat(line.changes()).contains("baselineDate", TODAY.plusDays(60).toString());
            assertThat(line.loggedBy()).isEqualTo("bersin");
        });
    }

    @Test
    void editingTheBaselineWithoutReBaseliningIsRefused() {
        long id = stories.milestone("Trusted shipper mutual recognition", OwnerSide.JOINT, TODAY.plusDays(10), null);
        var draft = signedIn.as("bersin", () -> plan.edit(id));
        draft.setBaselineDate(TODAY.plusDays(20));

        assertThatThrownBy(() -> signedIn.as("bersin", () -> plan.save(stories.initiativeId, draft)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("baselineDate"));
    }

    @Test
    void aNoteIsLoggedWithoutChangingTheMilestoneAndTheLogIsNewestFirst() {
        long id = stories.milestone("Customs training", OwnerSide.MX, TODAY.plusDays(10), null);
        long version = stories.row(id).version();

        signedIn.as("lead.mx", () -> plan.logNote(id, "Capacitación aduanera en Nuevo Laredo, 40 oficiales"));
        signedIn.as("bersin", () -> plan.logNote(id, "Customs training delivered in Nuevo Laredo, 40 officers"));

        assertThat(stories.row(id).version()).isEqualTo(version);
        assertThat(signedIn.as("liaison.us", () -> plan.log(id))).extracting(LogLine::note).containsExactly(
                "Customs training delivered in Nuevo Laredo, 40 officers",
                "Capacitación aduanera en Nuevo Laredo, 40 oficiales", null);
    }

    @Test
    void twoPeopleLoggingNotesBothKeepThemButConflictingProgressIsRefused() {
        long id = stories.milestone("ISA connectivity", OwnerSide.JOINT, TODAY.plusDays(10), null);
        long openedWith = stories.row(id).version();

        signedIn.as("bersin", () -> plan.logNote(id, "Firewall rules agreed"));
        signedIn.as("pm.us", () -> plan.recordProgress(id, openedWith, MilestoneStatus.IN_PROGRESS,
                TODAY.plusDays(12), null, "Started"));
        signedIn.as("lead.mx", () -> plan.logNote(id, "Reglas de firewall acordadas"));

        assertThatThrownBy(() -> signedIn.as("bersin", () -> plan.recordProgress(id, openedWith,
                MilestoneStatus.IN_PROGRESS, TODAY.plusDays(30), null, null)))
                .isInstanceOf(EditConflictException.class);
        assertThat(stories.row(id).forecastDate()).isEqualTo(TODAY.plusDays(12));
        assertThat(signedIn.as("pm.mx", () -> plan.log(id))).extracting(LogLine::note)
                .contains("Firewall rules agreed", "Started", "Reglas de firewall acordadas");
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsSaved() {
        long id = stories.milestone("Risk targeting workshop", OwnerSide.US, TODAY.plusDays(10), null);
        long version = stories.row(id).version();
        int logLines = signedIn.as("pm.us", () -> plan.log(id)).size();

        assertRefused("actualDate", () -> plan.recordProgress(id, version, MilestoneStatus.DONE, null,
                TODAY.plusDays(1), null));
        assertRefused("forecastDate", () -> plan.recordProgress(id, version, MilestoneStatus.IN_PROGRESS,
                TODAY.minusYears(2), null, null));
        assertRefused("titleEn", () -> plan.save(stories.initiativeId,
                draft(" ", OwnerSide.US, TODAY.plusDays(3), null, 1)));
        assertRefused("titleEs", () -> {
            var tooLong = draft("Fine", OwnerSide.US, TODAY.plusDays(3), null, 1);
            tooLong.setTitleEs("x".repeat(301));
            plan.save(stories.initiativeId, tooLong);
        });
        assertRefused("forecastDate", () -> plan.save(stories.initiativeId,
                draft("Before the start", OwnerSide.US, TODAY.plusDays(3), TODAY.minusYears(2), 1)));
        assertRefused("note", () -> plan.logNote(id, "  "));

        assertThat(stories.row(id).version()).isEqualTo(version);
        assertThat(stories.row(id).status()).isEqualTo(MilestoneStatus.PLANNED);
        assertThat(signedIn.as("pm.us", () -> plan.ofInitiative(stories.initiativeId)).milestones()).hasSize(1);
        assertThat(signedIn.as("pm.us", () -> plan.log(id))).hasSize(logLines);
    }

    private void assertRefused(String field, Runnable work) {
        assertThatThrownBy(() -> signedIn.as("bersin", work)).as(field)
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.field()).isEqualTo(field));
    }

    @Test
    void onlyProgramManagersAndTheInitiativesLeadsChangeMilestones() {
        long id = stories.milestone("Repatriation flights", OwnerSide.US, TODAY.plusDays(10), null);
        for (String someone : new String[] {"morton", "liaison.us", "napolitano"}) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> plan.save(stories.initiativeId,
                    draft("Mine", OwnerSide.US, TODAY.plusDays(3), null, 1)))).as(someone)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(someone, () -> plan.logNote(id, "note"))).as(someone)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(someone, () -> plan.attachEvidence(id, "a.txt", "proof".getBytes())))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(someone, (Runnable) () -> plan.recordProgress(id, 0,
                    MilestoneStatus.IN_PROGRESS, null, null, null))).as(someone).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(someone, (Runnable) () -> plan.rebaseline(id, 0, TODAY, "mine")))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
        }
        signedIn.as("pm.mx", () -> plan.logNote(id, "Revisado"));
    }

    @Test
    void evidenceIsKeptWhenItsContentIsPdfPngJpegOrTextAndAnythingElseIsRefused() {
        long id = stories.milestone("Training certificates", OwnerSide.MX, TODAY.plusDays(10), null);
        byte[] pdf = "%PDF-1.4 certificates".getBytes();
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
        byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0};
        byte[] text = "Lista de asistencia: 40 oficiales, Poiré".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] program = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0};

        long pdfId = signedIn.as("lead.mx", () -> plan.attachEvidence(id, "certificates.pdf", pdf));
        signedIn.as("lead.mx", () -> plan.attachEvidence(id, "photo.png", png));
        signedIn.as("lead.mx", () -> plan.attachEvidence(id, "photo.jpg", jpeg));
        signedIn.as("lead.mx", () -> plan.attachEvidence(id, "asistencia.txt", text));

        assertRefused("evidence", () -> plan.attachEvidence(id, "setup.pdf", program));
        assertRefused("evidence", () -> plan.attachEvidence(id, "big.txt", new byte[10 * 1024 * 1024 + 1]));
        assertThat(signedIn.as("liaison.us", () -> plan.evidence(id))).extracting(EvidenceFile::contentType)
                .containsExactlyInAnyOrder("application/pdf", "image/png", "image/jpeg", "text/plain; charset=UTF-8");
        assertThat(signedIn.as("liaison.us", () -> plan.downloadEvidence(pdfId))).hasValueSatisfying(file -> {
            assertThat(file.fileName()).isEqualTo("certificates.pdf");
            assertThat(file.content()).isEqualTo(pdf);
        });
    }

    @Test
    void slippingAndMissingMilestonesPublishEvents() {
        long id = stories.milestone("Joint risk assessment", OwnerSide.JOINT, TODAY.plusDays(10), TODAY.plusDays(10));
        assertThat(events.stream(MilestoneSlipped.class)).isEmpty();

        signedIn.as("bersin", () -> plan.recordProgress(id, stories.row(id).version(), MilestoneStatus.IN_PROGRESS,
                TODAY.plusDays(25), null, "Waiting for the MX data set"));
        signedIn.as("bersin", () -> plan.recordProgress(id, stories.row(id).version(), MilestoneStatus.MISSED,
                TODAY.plusDays(25), null, null));

        assertThat(events.stream(MilestoneSlipped.class)).singleElement().satisfies(slipped -> {
            assertThat(slipped.milestoneId()).isEqualTo(id);
            assertThat(slipped.initiativeId()).isEqualTo(stories.initiativeId);
            assertThat(slipped.slippageDays()).isEqualTo(15);
        });
        assertThat(events.stream(MilestoneMissed.class)).containsExactly(new MilestoneMissed(id, stories.initiativeId));
    }
}
