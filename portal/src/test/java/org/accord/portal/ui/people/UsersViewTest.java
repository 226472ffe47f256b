package org.accord.portal.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.concurrent.ThreadLocalRandom;
import org.accord.people.Agency;
import org.accord.people.UserAdministration;
import org.accord.people.UserDraft;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("admin.us")
class UsersViewTest extends PortalBrowserlessTest {

    @Autowired
    UserAdministration users;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void administratorCreatesAUserThroughTheForm() {
        UsersView view = navigate(UsersView.class);
        String username = unique();

        fillNewUser(view, username, "Beatriz Ñúñez Poiré");
        test(view.form.save).click();

        assertThat(view.form.isVisible()).isFalse();
        assertThat(countUsers(username)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select display_name from user_account where username = ?", String.class, username))
                .isEqualTo("Beatriz Ñúñez Poiré");
        test(view.search).setValue(username);
        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).agencyCode()).isEqualTo("CBP");
    }

    @Test
    void blankNameIsShownAtTheFieldAndNothingIsSaved() {
        UsersView view = navigate(UsersView.class);
        String username = unique();

        fillNewUser(view, username, "");
        test(view.form.save).click();

        assertThat(view.form.displayName.isInvalid()).isTrue();
        assertThat(view.form.displayName.getErrorMessage()).isEqualTo("Enter the person's name.");
        assertThat(countUsers(username)).isZero();
    }

    @Test
    void tooLongNameIsShownAtTheFieldAndNothingIsSaved() {
        UsersView view = navigate(UsersView.class);
        String username = unique();

        fillNewUser(view, username, "x".repeat(121));
        test(view.form.save).click();

        assertThat(view.form.displayName.isInvalid()).isTrue();
        assertThat(countUsers(username)).isZero();
    }

    @Test
    void invalidEmailIsShownAtTheField() {
        UsersView view = navigate(UsersView.class);
        String username = unique();

        fillNewUser(view, username, "Someone");
        test(view.form.email).setValue("not-an-address");
        test(view.form.save).click();

        assertThat(view.form.email.isInvalid()).isTrue();
        assertThat(countUsers(username)).isZero();
    }

    @Test
    void takenUsernameIsShownAtTheUsernameField() {
        UsersView view = navigate(UsersView.class);

        fillNewUser(view, "meade", "Another Meade");
        test(view.form.email).setValue(unique() + "@example.org");
        test(view.form.save).click();

        assertThat(view.form.username.isInvalid()).isTrue();
        assertThat(view.form.username.getErrorMessage()).isEqualTo("This username is already taken.");
        assertThat(view.form.isVisible()).isTrue();
    }

    @Test
    void newUsersBelongToTheAdministratorsCountryAndItsAgencies() {
        UsersView view = navigate(UsersView.class);
        test(view.newUser).click();

        assertThat(view.form.party.getValue().getCode()).isEqualTo("US");
        assertThat(view.form.party.isReadOnly()).isTrue();
        assertThat(test(view.form.agency).getSuggestionItems()).extracting(Agency::getCode)
                .contains("DHS", "CBP", "ICE").doesNotContain("SHCP", "ADUANAS");
    }

    @Test
    void personOfTheOtherCountryIsShownToReadOnly() {
        UsersView view = navigate(UsersView.class);
        test(view.search).setValue("liaison.mx");
        test(view.grid).select(0);

        assertThat(view.form.isVisible()).isTrue();
        assertThat(view.form.displayName.getValue()).isEqualTo("Enlace de Aduanas");
        assertThat(view.form.displayName.isReadOnly()).isTrue();
        assertThat(view.form.roles.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isFalse();
        assertThat(view.form.resetPassword.isVisible()).isFalse();
        assertThat(view.form.disable.isVisible()).isFalse();
        assertThat(view.form.otherParty.getText()).isEqualTo(
                "This person belongs to MX: only the administrators of MX change the account, reset its password or disable it.");
    }

    @Test
    void countryOfAnExistingPersonCannotBeChanged() {
        UsersView view = navigate(UsersView.class);
        String username = unique();
        fillNewUser(view, username, "Fixed country");
        test(view.form.save).click();
        test(view.search).setValue(username);
        test(view.grid).select(0);

        assertThat(view.form.party.isReadOnly()).isTrue();
        assertThat(view.form.save.isVisible()).isTrue();
        assertThat(view.form.resetPassword.isVisible()).isTrue();
        assertThat(view.form.otherParty.isVisible()).isFalse();
    }

    @Test
    void secondAdministratorSavingTheSameUserGetsAConflictMessage() {
        UsersView view = navigate(UsersView.class);
        String username = unique();
        fillNewUser(view, username, "Original name");
        test(view.form.save).click();
        test(view.search).setValue(username);
        test(view.grid).select(0);
        assertThat(view.form.isVisible()).isTrue();

        UserDraft meanwhile = users.edit(test(view.grid).getRow(0).id());
        meanwhile.setDisplayName("Saved by the other administrator");
        users.save(meanwhile);
        test(view.form.displayName).setValue("Changed in the form");
        test(view.form.save).click();

        assertThat(test($(Notification.class).last()).getText()).startsWith("Someone else saved this record");
        assertThat(view.form.displayName.getValue()).isEqualTo("Saved by the other administrator");
        assertThat(jdbc.queryForObject("select display_name from user_account where username = ?", String.class,
                username)).isEqualTo("Saved by the other administrator");
    }

    @Test
    void disablingAsksForConfirmationFirst() {
        UsersView view = navigate(UsersView.class);
        String username = unique();
        fillNewUser(view, username, "To be disabled");
        test(view.form.save).click();
        test(view.search).setValue(username);
        test(view.grid).select(0);

        test(view.form.disable).click();
        assertThat(enabled(username)).isTrue();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(enabled(username)).isFalse();
    }

    private void fillNewUser(UsersView view, String username, String name) {
        test(view.newUser).click();
        test(view.form.username).setValue(username);
        test(view.form.displayName).setValue(name);
        test(view.form.email).setValue(username + "@example.org");
        test(view.form.agency).selectItem("CBP · U.S. Customs and Border Protection");
        test(view.form.roles).selectItem("Liaison");
        test(view.form.initialPassword).setValue("a passphrase long enough");
    }

    private long countUsers(String username) {
        return jdbc.queryForObject("select count(*) from user_account where username = ?", Long.class, username);
    }

    private boolean enabled(String username) {
        return jdbc.queryForObject("select enabled from user_account where username = ?", Boolean.class, username);
    }

    private static String unique() {
        return "v." + Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }
}
