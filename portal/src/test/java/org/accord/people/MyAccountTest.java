package org.accord.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.AtTheSameMoment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.accord.PortalTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;

@PortalTest
class MyAccountTest {

    @Autowired
    MyAccount myAccount;
    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    PasswordEncoder passwordEncoder;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void changingPasswordNeedsTheCurrentOneAndFollowsThePolicy() {
        String username = createUserAs("admin.us");
        signInAs(username);

        assertThatThrownBy(() -> myAccount.changePassword("wrong current password", "a perfectly fine passphrase"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("currentPassword"));
        assertThatThrownBy(() -> myAccount.changePassword(Drafts.PASSWORD, "too short"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("newPassword"));
        assertThatThrownBy(() -> myAccount.changePassword(Drafts.PASSWORD, "x".repeat(129)))
                .isInstanceOf(InvalidInputException.class);

        myAccount.changePassword(Drafts.PASSWORD, "ñandú con acento y 12+ caracteres");

        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
        assertThat(passwordEncoder.matches("ñandú con acento y 12+ caracteres", hash)).isTrue();
    }

    @Test
    void languageChoiceIsRemembered() {
        String username = createUserAs("admin.mx");
        signInAs(username);

        myAccount.changeLanguage(Language.ES);

        assertThat(myAccount.profile().language()).isEqualTo(Language.ES);
    }

    @Test
    void passwordChangedAtTheSameMomentFromTwoSessionsIsAConflictForTheSecond() {
        String username = createUserAs("admin.us");
        signInAs(username);

        Throwable second = new AtTheSameMoment(transactions).secondThrows(
                () -> myAccount.changePassword(Drafts.PASSWORD, "the first new passphrase"),
                () -> myAccount.changePassword(Drafts.PASSWORD, "the second new passphrase"));

        assertThat(second).isInstanceOf(EditConflictException.class);
        String hash = jdbc.queryForObject("select password_hash from user_account where username = ?", String.class, username);
        assertThat(passwordEncoder.matches("the first new passphrase", hash)).isTrue();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    /** Each party's administrator creates people of their own party. */
    private String createUserAs(String admin) {
        signIn(admin, "ROLE_ADMIN");
        UserRow row = users.save(admin.equals("admin.mx") ? Drafts.newUser(referenceData, "MX", "SHCP", Role.EXECUTIVE)
                : Drafts.newUser(referenceData, "US", "DHS", Role.EXECUTIVE));
        SecurityContextHolder.clearContext();
        return row.username();
    }

    private void signInAs(String username) {
        signIn(username, "ROLE_EXECUTIVE");
    }

    private static void signIn(String username, String authority) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, java.util.List.of(new SimpleGrantedAuthority(authority))));
    }
}
