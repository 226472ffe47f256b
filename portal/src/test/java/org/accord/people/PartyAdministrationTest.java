package org.accord.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.accord.PortalTest;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.transaction.annotation.Transactional;

/** Each party administers its own people; both read the directory; a person's party never changes. */
@PortalTest
@WithUserDetails("admin.us")
class PartyAdministrationTest {

    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    UserRow usPerson;

    @BeforeEach
    void aPersonOfTheUs() {
        signedIn = new SignedIn(userDetails);
        usPerson = signedIn.as("admin.us", () -> users.save(Drafts.newUser(referenceData, "US", "CBP", Role.LIAISON)));
    }

    @Test
    void mexicanAdministratorCannotEditAPersonOfTheUs() {
        UserDraft draft = signedIn.as("admin.mx", () -> users.edit(usPerson.id()));
        draft.setDisplayName("Edited from Mexico");
        draft.setRoles(Set.of(Role.ADMIN));

        assertThatThrownBy(() -> signedIn.as("admin.mx", () -> users.save(draft)))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(column("display_name", usPerson.id())).isEqualTo(usPerson.displayName());
        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, usPerson.id()))
                .containsExactly("LIAISON");
    }

    @Test
    void anAdministratorCannotTakeAwayTheirOwnAdministratorRoleSoTheirPartyKeepsOne() {
        UserRow admin = signedIn.as("admin.us", () -> users.save(Drafts.newUser(referenceData, "US", "DHS", Role.ADMIN)));
        UserDraft draft = signedIn.as(admin.username(), () -> users.edit(admin.id()));
        draft.setRoles(Set.of(Role.PROGRAM_MANAGER));

        assertThatThrownBy(() -> signedIn.as(admin.username(), () -> users.save(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("roles"));

        assertThat(jdbc.queryForList("select role from user_role where user_id = ?", String.class, admin.id()))
                .containsExactly("ADMIN");
    }

    @Test
    void mexicanAdministratorCannotResetThePasswordOfAPersonOfTheUs() {
        String before = column("password_hash", usPerson.id());

        assertThatThrownBy(() -> signedIn.as("admin.mx",
                () -> users.resetPassword(usPerson.id(), "a passphrase only I know")))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(column("password_hash", usPerson.id())).isEqualTo(before);
    }

    @Test
    void mexicanAdministratorCannotDisableAPersonOfTheUs() {
        assertThatThrownBy(() -> signedIn.as("admin.mx", () -> users.disable(usPerson.id())))
                .isInstanceOf(AccessDeniedException.class);

        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, usPerson.id()))
                .isTrue();
    }

    @Test
    void mexicanAdministratorCannotCreateAnAccountInTheUs() {
        UserDraft draft = Drafts.newUser(referenceData, "US", "DHS", Role.ADMIN);

        assertThatThrownBy(() -> signedIn.as("admin.mx", () -> users.save(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("party");
                    assertThat(refused.messageKey()).isEqualTo("user.party.own-only");
                });

        assertThat(jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class,
                draft.getUsername())).isZero();
    }

    @Test
    void administratorCannotMoveAPersonOfTheirPartyToTheOtherParty() {
        UserRow mexican = signedIn.as("admin.mx",
                () -> users.save(Drafts.newUser(referenceData, "MX", "ADUANAS", Role.LIAISON)));
        UserDraft draft = signedIn.as("admin.mx", () -> users.edit(mexican.id()));
        moveToTheUs(draft);

        assertThatThrownBy(() -> signedIn.as("admin.mx", () -> users.save(draft)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("party");
                    assertThat(refused.messageKey()).isEqualTo("user.party.fixed");
                });

        assertThat(partyOf(mexican.id())).isEqualTo("MX");
    }

    @Test
    void administratorCannotMoveTheirOwnAccountToTheOtherParty() {
        UserRow secondAdministrator = signedIn.as("admin.mx",
                () -> users.save(Drafts.newUser(referenceData, "MX", "SHCP", Role.ADMIN)));
        UserDraft own = signedIn.as(secondAdministrator.username(), () -> users.edit(secondAdministrator.id()));
        moveToTheUs(own);

        assertThatThrownBy(() -> signedIn.as(secondAdministrator.username(), () -> users.save(own)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("party"));

        assertThat(partyOf(secondAdministrator.id())).isEqualTo("MX");
    }

    @Test
    void administratorOfTheUsStillAdministersPeopleOfTheUs() {
        signedIn.as("admin.us", () -> {
            UserDraft draft = users.edit(usPerson.id());
            draft.setDisplayName("Renamed by the US administrator");
            users.save(draft);
            users.resetPassword(usPerson.id(), "another long passphrase");
            users.disable(usPerson.id());
        });

        assertThat(column("display_name", usPerson.id())).isEqualTo("Renamed by the US administrator");
        assertThat(jdbc.queryForObject("select enabled from user_account where id = ?", Boolean.class, usPerson.id()))
                .isFalse();
    }

    @Test
    void bothPartiesReadTheWholeDirectory() {
        var everyone = signedIn.as("admin.mx", () -> users.page(new UserFilter(usPerson.username(), null, null, null),
                PageRequest.of(0, 5)));

        assertThat(everyone).extracting(UserRow::username).containsExactly(usPerson.username());
        assertThat(signedIn.as("admin.mx", () -> users.administers(everyone.getFirst()))).isFalse();
        assertThat(signedIn.as("admin.us", () -> users.administers(everyone.getFirst()))).isTrue();
    }

    @Test
    void newAccountsGoToTheAdministratorsOwnPartyWhenEveryPartyHasAnAdministrator() {
        assertThat(signedIn.as("admin.mx", () -> users.partiesForNewAccounts())).extracting(Party::getCode)
                .containsExactly("MX");
        assertThat(signedIn.as("admin.us", () -> users.partiesForNewAccounts())).extracting(Party::getCode)
                .containsExactly("US");
    }

    /** A party without an administrator yet (rolled back afterwards): its first administrator comes from another. */
    @Test
    @Transactional
    void firstAdministratorOfAPartyWithoutOneIsCreatedByAnotherPartysAdministrator() {
        String code = Drafts.unique("T").toUpperCase().substring(0, 6);
        jdbc.update("insert into party (code, name_en, name_es) values (?, 'Testland', 'Tierra de prueba')", code);
        long partyId = jdbc.queryForObject("select id from party where code = ?", Long.class, code);
        jdbc.update("insert into agency (code, party_id, name_en, name_es) values (?, ?, 'Test agency', 'Agencia')",
                code + "-AG", partyId);

        assertThat(signedIn.as("admin.us", () -> users.partiesForNewAccounts())).extracting(Party::getCode)
                .containsExactly("US", code);
        UserDraft liaison = newUserIn(code, Role.LIAISON);
        assertThatThrownBy(() -> signedIn.as("admin.us", () -> users.save(liaison)))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        refused -> assertThat(refused.field()).isEqualTo("party"));

        UserRow first = signedIn.as("admin.us", () -> users.save(newUserIn(code, Role.ADMIN)));

        assertThat(first.partyCode()).isEqualTo(code);
        assertThat(signedIn.as("admin.us", () -> users.partiesForNewAccounts())).extracting(Party::getCode)
                .containsExactly("US");
        assertThatThrownBy(() -> signedIn.as("admin.us", () -> users.resetPassword(first.id(), "taken over now?")))
                .isInstanceOf(AccessDeniedException.class);
    }

    private UserDraft newUserIn(String partyCode, Role role) {
        UserDraft draft = Drafts.newUser(referenceData, "US", "DHS", role);
        Agency agency = referenceData.agencies().stream().filter(a -> a.getParty().getCode().equals(partyCode))
                .findFirst().orElseThrow();
        draft.setParty(agency.getParty());
        draft.setAgency(agency);
        return draft;
    }

    private void moveToTheUs(UserDraft draft) {
        draft.setParty(referenceData.parties().stream().filter(p -> p.getCode().equals("US")).findFirst().orElseThrow());
        draft.setAgency(referenceData.agencies().stream().filter(a -> a.getCode().equals("DHS")).findFirst().orElseThrow());
    }

    private String column(String column, long id) {
        return jdbc.queryForObject("select " + column + " from user_account where id = ?", String.class, id);
    }

    private String partyOf(long id) {
        return jdbc.queryForObject("select p.code from user_account u join party p on p.id = u.party_id where u.id = ?",
                String.class, id);
    }
}
