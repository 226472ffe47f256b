package org.accord.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.ConstraintViolationException;
import java.util.Set;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.accord.PortalTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

@PortalTest
@WithUserDetails("admin.us")
class UserAdministrationTest {

    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    SignIn signIn;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    @WithUserDetails("admin.mx")
    void administratorCreatesUserWithHashedPassword() {
        UserDraft draft = Drafts.newUser(referenceData, "MX", "ADUANAS", Role.LIAISON, Role.OVERSIGHT_LEAD);

        UserRow saved = users.save(draft);

        assertThat(saved.partyCode()).isEqualTo("MX");
        assertThat(saved.roles()).containsExactlyInAnyOrder(Role.LIAISON, Role.OVERSIGHT_LEAD);
        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class,
                draft.getUsername());
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(Drafts.PASSWORD);
        assertThat(auditCount("USER_CREATED", draft.getUsername())).isEqualTo(1);
    }

    @Test
    @WithUserDetails("admin.mx")
    void textIsStoredExactlyAsTyped() {
        UserDraft draft = Drafts.newUser(referenceData, "MX", "SEGOB", Role.EXECUTIVE);
        draft.setDisplayName("Alejandro Poiré <script>alert('x')</script> '; drop table user_account; -- 🇲🇽");

        users.save(draft);

        assertThat(users.page(new UserFilter(draft.getUsername(), null, null, null), PageRequest.of(0, 5)))
                .singleElement().extracting(UserRow::displayName)
                .isEqualTo("Alejandro Poiré <script>alert('x')</script> '; drop table user_account; -- 🇲🇽");
    }

    @Test
    void duplicateUsernameIsRefusedAtTheUsernameField() {
        UserDraft first = Drafts.newUser(referenceData, "US", "CBP", Role.LIAISON);
        users.save(first);
        UserDraft second = Drafts.newUser(referenceData, "US", "CBP", Role.LIAISON);
        second.setUsername(first.getUsername().toUpperCase());

        assertThatThrownBy(() -> users.save(second))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("username"));
    }

    @Test
    void duplicateEmailIsRefusedAtTheEmailField() {
        UserDraft first = Drafts.newUser(referenceData, "US", "CBP", Role.LIAISON);
        users.save(first);
        UserDraft second = Drafts.newUser(referenceData, "US", "ICE", Role.LIAISON);
        second.setEmail(first.getEmail().toUpperCase());

        assertThatThrownBy(() -> users.save(second))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("email"));
        assertThat(users.count(new UserFilter(second.getUsername(), null, null, null))).isZero();
    }

    @Test
    void agencyOfTheOtherPartyIsRefused() {
        UserDraft draft = Drafts.newUser(referenceData, "US", "CBP", Role.LIAISON);
        draft.setAgency(referenceData.agencies().stream().filter(a -> a.getCode().equals("SHCP")).findFirst().orElseThrow());

        assertThatThrownBy(() -> users.save(draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.field()).isEqualTo("agency");
                    assertThat(e.messageKey()).isEqualTo("user.agency.other-party");
                });
        assertThat(users.count(new UserFilter(draft.getUsername(), null, null, null))).isZero();
    }

    @Test
    void blankOrTooLongNamesAndInvalidEmailAreRefused() {
        UserDraft blank = Drafts.newUser(referenceData, "US", "DHS", Role.EXECUTIVE);
        blank.setDisplayName("   ");
        UserDraft tooLong = Drafts.newUser(referenceData, "US", "DHS", Role.EXECUTIVE);
        tooLong.setDisplayName("x".repeat(121));
        UserDraft badEmail = Drafts.newUser(referenceData, "US", "DHS", Role.EXECUTIVE);
        badEmail.setEmail("not an address");
        UserDraft noRoles = Drafts.newUser(referenceData, "US", "DHS");

        for (UserDraft draft : new UserDraft[] {blank, tooLong, badEmail, noRoles}) {
            assertThatThrownBy(() -> users.save(draft)).isInstanceOf(ConstraintViolationException.class);
            assertThat(users.count(new UserFilter(draft.getUsername(), null, null, null))).isZero();
        }
    }

    @Test
    void shortFirstPasswordIsRefused() {
        UserDraft draft = Drafts.newUser(referenceData, "US", "DHS", Role.EXECUTIVE);
        draft.setInitialPassword("elevenchars");

        assertThatThrownBy(() -> users.save(draft))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("initialPassword"));
    }

    @Test
    @WithUserDetails("admin.mx")
    void secondOfTwoConcurrentEditsGetsAConflictAndNothingIsOverwritten() {
        UserRow created = users.save(Drafts.newUser(referenceData, "MX", "SAT", Role.LIAISON));
        UserDraft first = users.edit(created.id());
        UserDraft second = users.edit(created.id());

        first.setDisplayName("Edited by the first administrator");
        users.save(first);
        second.setDisplayName("Edited by the second administrator");

        assertThatThrownBy(() -> users.save(second)).isInstanceOf(EditConflictException.class);
        assertThat(users.edit(created.id()).getDisplayName()).isEqualTo("Edited by the first administrator");
    }

    @Test
    @WithUserDetails("admin.mx")
    void pageIsFilteredAndSortedInTheDatabase() {
        String marker = Drafts.unique("zz");
        for (String agency : new String[] {"ADUANAS", "SAT", "INM"}) {
            UserDraft draft = Drafts.newUser(referenceData, "MX", agency, Role.LIAISON);
            draft.setDisplayName(marker + " " + agency);
            users.save(draft);
        }
        UserDraft us = Drafts.newUser(referenceData, "US", "ICE", Role.LIAISON);
        us.setDisplayName(marker + " ICE");
        new SignedIn(userDetails).as("admin.us", () -> users.save(us));

        var page = users.page(new UserFilter(marker, "MX", Role.LIAISON, null),
                PageRequest.of(0, 2, Sort.by(Sort.Direction.DESC, "agency.code")));

        assertThat(users.count(new UserFilter(marker, "MX", Role.LIAISON, null))).isEqualTo(3);
        assertThat(page).extracting(UserRow::agencyCode).containsExactly("SAT", "INM");
    }

    @Test
    void disablingEndsLoginAndIsAudited() {
        UserRow created = users.save(Drafts.newUser(referenceData, "US", "ICE", Role.LIAISON));

        users.disable(created.id());

        assertThat(signIn.findForLogin(created.username())).get().extracting(LoginAccount::enabled).isEqualTo(false);
        assertThat(auditCount("USER_DISABLED", created.username())).isEqualTo(1);
    }

    @Test
    void administratorCannotDisableThemselves() {
        long me = jdbc.queryForObject("select id from user_account where username = 'admin.us'", Long.class);

        assertThatThrownBy(() -> users.disable(me)).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void resetPasswordReplacesTheHashAndUnlocks() {
        UserRow created = users.save(Drafts.newUser(referenceData, "US", "ICE", Role.LIAISON));
        String before = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, created.id());

        users.resetPassword(created.id(), "a brand new passphrase");

        String after = jdbc.queryForObject("select password_hash from user_account where id = ?", String.class, created.id());
        assertThat(after).isNotEqualTo(before).startsWith("{bcrypt}");
        assertThatThrownBy(() -> users.resetPassword(created.id(), "short")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    @WithUserDetails("pm.us")
    void programManagerIsDeniedUserAdministrationAndTheDenialIsAudited() {
        long before = jdbc.queryForObject(
                "select count(*) from audit_event where actor = 'pm.us' and action = 'ACCESS_DENIED'", Long.class);

        assertThatThrownBy(() -> users.page(UserFilter.all(), PageRequest.of(0, 10)))
                .isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> users.save(Drafts.newUser(referenceData, "US", "DHS", Role.ADMIN)))
                .isInstanceOf(AuthorizationDeniedException.class);

        assertThat(jdbc.queryForObject(
                "select count(*) from audit_event where actor = 'pm.us' and action = 'ACCESS_DENIED'", Long.class))
                .isEqualTo(before + 2);
    }

    private long auditCount(String action, String target) {
        return jdbc.queryForObject("select count(*) from audit_event where action = ? and target = ?", Long.class,
                action, target);
    }
}
