package org.accord.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.accord.PortalTest;
import org.accord.agreement.Agreements;
import org.accord.audit.HistoryLine;
import org.accord.people.Language;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Who may move an initiative out of and into Cancelled, and how a lead's rights follow their role. */
@PortalTest
class InitiativeStateRulesTest {

    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    UserAdministration users;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    PortfolioFixture fixture;
    long commitment;

    @BeforeEach
    void anAgreement() {
        signedIn = new SignedIn(userDetails);
        fixture = new PortfolioFixture(agreements, referenceData, jdbc);
        commitment = signedIn.as("pm.us", () -> fixture.agreementWithTwoCommitments()[1]);
    }

    @Test
    void aLeadCannotChangeTheStatusOfACancelledInitiative() {
        long id = initiativeLedBy("bersin");
        signedIn.as("pm.us", () -> portfolio.cancel(id, version(id), "Merged into another initiative"));

        assertThatThrownBy(() -> signedIn.as("bersin", () -> portfolio.updateProgress(id, version(id),
                InitiativeStatus.ACTIVE, Health.GREEN, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("status");
                    assertThat(refused.messageKey()).isEqualTo("initiative.cancelled.reopen-first");
                });
        assertThat(status(id)).isEqualTo("CANCELLED");
        assertThat(signedIn.as("bersin", () -> portfolio.detail(id)).mayChangeProgress()).isFalse();
    }

    @Test
    void onACancelledInitiativeItsLeadChangesNothingAndAProgramManagerStillDoes() {
        long id = initiativeLedBy("bersin");
        signedIn.as("pm.us", () -> portfolio.cancel(id, version(id), "Merged into another initiative"));

        assertThat(signedIn.as("bersin", () -> portfolio.mayManage(id))).isFalse();
        assertThat(signedIn.as("bersin", () -> portfolio.detail(id)).mayUpdateProgress()).isFalse();
        assertThatThrownBy(() -> signedIn.as("bersin", () -> portfolio.addNote(id, false, "Still working on it")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as("pm.us", () -> portfolio.mayManage(id))).isTrue();
        signedIn.as("pm.us", () -> portfolio.addNote(id, false, "Kept for the record"));
        assertThat(signedIn.as("bersin", () -> portfolio.notes(id))).extracting(NoteView::body)
                .containsExactly("Kept for the record");
    }

    @Test
    void aProgramManagerReopensWithAReasonThatTheHistoryKeeps() {
        long id = initiativeLedBy("bersin");
        signedIn.as("pm.us", () -> portfolio.cancel(id, version(id), "Merged into another initiative"));

        assertThatThrownBy(() -> signedIn.as("pm.mx", () -> portfolio.reopen(id, version(id), InitiativeStatus.ACTIVE,
                "  "))).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("reason");
                    assertThat(refused.messageKey()).isEqualTo("initiative.reopen.reason-required");
                });
        assertThatThrownBy(() -> signedIn.as("bersin", () -> portfolio.reopen(id, version(id), InitiativeStatus.ACTIVE,
                "I want it back"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("pm.mx", () -> portfolio.reopen(id, version(id), InitiativeStatus.CANCELLED,
                "Still cancelled"))).isInstanceOf(InvalidInputException.class);
        assertThat(status(id)).isEqualTo("CANCELLED");

        signedIn.as("pm.mx", () -> portfolio.reopen(id, version(id), InitiativeStatus.ACTIVE,
                "The merger fell through"));

        assertThat(signedIn.as("bersin", () -> portfolio.detail(id)).status()).isEqualTo(InitiativeStatus.ACTIVE);
        assertThat(signedIn.as("pm.us", () -> portfolio.history(id)))
                .filteredOn(line -> line.field().equals("reopeningReason")).singleElement()
                .satisfies(line -> {
                    assertThat(line.after()).isEqualTo("The merger fell through");
                    assertThat(line.by()).isEqualTo("pm.mx");
                });
        signedIn.as("bersin", () -> portfolio.updateProgress(id, version(id), InitiativeStatus.ON_HOLD, Health.GREEN,
                null));
        assertThat(status(id)).isEqualTo("ON_HOLD");
    }

    @Test
    void anOpenInitiativeCannotBeReopened() {
        long id = initiativeLedBy("bersin");

        assertThatThrownBy(() -> signedIn.as("pm.us", () -> portfolio.reopen(id, version(id), InitiativeStatus.ACTIVE,
                "Nothing to reopen"))).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.messageKey()).isEqualTo("initiative.reopen.not-cancelled"));
    }

    @Test
    void theFormCannotCancelNorUncancel() {
        var cancelledInForm = signedIn.as("pm.us", () -> fixture.initiative(commitment, "bersin", "lead.mx"));
        cancelledInForm.setStatus(InitiativeStatus.CANCELLED);
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> portfolio.save(cancelledInForm)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("status");
                    assertThat(refused.messageKey()).isEqualTo("initiative.cancel.use-cancel");
                });
        assertThat(jdbc.queryForObject("select count(*) from initiative where code = ?", Long.class,
                cancelledInForm.getCode())).isZero();

        long id = initiativeLedBy("bersin");
        var edited = signedIn.as("pm.us", () -> portfolio.edit(id));
        edited.setStatus(InitiativeStatus.CANCELLED);
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> portfolio.save(edited)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("initiative.cancel.use-cancel"));
        assertThat(status(id)).isEqualTo("PROPOSED");

        signedIn.as("pm.us", () -> portfolio.cancel(id, version(id), "No budget"));
        var uncancelled = signedIn.as("pm.us", () -> portfolio.edit(id));
        uncancelled.setStatus(InitiativeStatus.ACTIVE);
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> portfolio.save(uncancelled)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("status");
                    assertThat(refused.messageKey()).isEqualTo("initiative.cancelled.reopen-first");
                });
        var retitled = signedIn.as("pm.us", () -> portfolio.edit(id));
        retitled.setTitleEn("Cancelled, but better named");
        signedIn.as("pm.us", () -> portfolio.save(retitled));
        assertThat(status(id)).isEqualTo("CANCELLED");
    }

    @Test
    void aLeadWhoseRoleBecomesExecutiveLosesTheInitiativeAndTheLeadHistorySaysWhoEndedIt() {
        String lead = newUsLead();
        long id = initiativeLedBy(lead);
        signedIn.as(lead, () -> portfolio.updateProgress(id, version(id), InitiativeStatus.ACTIVE, Health.GREEN, null));

        signedIn.as("admin.us", () -> {
            var draft = users.edit(fixture.userId(lead));
            draft.setRoles(EnumSet.of(Role.EXECUTIVE));
            users.save(draft);
        });

        assertThatThrownBy(() -> signedIn.as(lead, () -> portfolio.updateProgress(id, version(id),
                InitiativeStatus.ON_HOLD, Health.GREEN, null))).isInstanceOf(AccessDeniedException.class);
        assertThat(signedIn.as(lead, () -> portfolio.mayManage(id))).isFalse();
        var detail = signedIn.as("pm.us", () -> portfolio.detail(id));
        assertThat(detail.leads()).doesNotContainKey("US");
        assertThat(signedIn.as("pm.us", () -> portfolio.leadHistory(id)))
                .filteredOn(period -> period.partyCode().equals("US")).singleElement().satisfies(period -> {
                    assertThat(period.isCurrent()).isFalse();
                    assertThat(period.endedAt()).isNotNull();
                    assertThat(period.endedBy()).isEqualTo("admin.us");
                });
        assertThat(signedIn.as("pm.us", () -> portfolio.history(id))).extracting(HistoryLine::field)
                .contains("lead.US");
    }

    @Test
    void anOpenAssignmentOfSomeoneWithoutTheRoleGivesNoRights() {
        String lead = newUsLead();
        long id = initiativeLedBy(lead);
        long userId = fixture.userId(lead);
        jdbc.update("delete from user_role where user_id = ? and role = 'OVERSIGHT_LEAD'", userId);
        jdbc.update("insert into user_role (user_id, role) values (?, 'LIAISON')", userId);

        assertThat(signedIn.as(lead, () -> portfolio.mayManage(id))).isFalse();
        assertThat(signedIn.as(lead, () -> portfolio.detail(id)).mayUpdateProgress()).isFalse();
        assertThatThrownBy(() -> signedIn.as(lead, () -> portfolio.updateProgress(id, version(id),
                InitiativeStatus.ACTIVE, Health.GREEN, null))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as(lead, () -> portfolio.addNote(id, false, "Still mine?")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private long initiativeLedBy(String usLead) {
        return signedIn.as("pm.us", () -> portfolio.save(fixture.initiative(commitment, usLead, "lead.mx")));
    }

    private String newUsLead() {
        return signedIn.as("admin.us", () -> {
            var draft = new UserDraft();
            String name = PortfolioFixture.unique("lead-").toLowerCase();
            draft.setUsername(name);
            draft.setDisplayName("Lead " + name);
            draft.setEmail(name + "@example.org");
            var agency = referenceData.agencies().stream().filter(a -> a.getCode().equals("CBP")).findFirst()
                    .orElseThrow();
            draft.setParty(agency.getParty());
            draft.setAgency(agency);
            draft.setLanguage(Language.EN);
            draft.setRoles(EnumSet.of(Role.OVERSIGHT_LEAD));
            draft.setEnabled(true);
            draft.setInitialPassword("a long enough password 1");
            return users.save(draft).username();
        });
    }

    private long version(long id) {
        return jdbc.queryForObject("select version from initiative where id = ?", Long.class, id);
    }

    private String status(long id) {
        return jdbc.queryForObject("select status from initiative where id = ?", String.class, id);
    }
}
