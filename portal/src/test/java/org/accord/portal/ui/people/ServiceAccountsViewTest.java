package org.accord.portal.ui.people;

import static org.assertj.core.api.Assertions.assertThat;

import org.accord.people.ApiTokenCheck;
import org.accord.people.Role;
import org.accord.people.ServiceAccounts;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

@WithUserDetails("admin.us")
class ServiceAccountsViewTest extends PortalBrowserlessTest {

    @Autowired
    ServiceAccounts accounts;
    @Autowired
    ApiTokenCheck check;

    @Test
    void administratorCreatesAServiceAccountAndATokenForIt() {
        ServiceAccountsView view = navigate(ServiceAccountsView.class);
        String username = "svc.cbp." + Long.toString(System.nanoTime(), 36);

        test(view.newAccount).click();
        assertThat(view.tokensArea.isVisible()).as("tokens come once the account exists").isFalse();
        test(view.form.username).setValue(username);
        test(view.form.displayName).setValue("CBP cargo system");
        view.form.agency.setValue(view.form.agency.getListDataView().getItems()
                .filter(agency -> agency.getCode().equals("CBP")).findFirst().orElseThrow());
        view.form.roles.setValue(java.util.Set.of(Role.LIAISON));
        test(view.form.save).click();

        assertThat(accounts.ofMyParty()).anySatisfy(row -> {
            assertThat(row.username()).isEqualTo(username);
            assertThat(row.agencyCode()).isEqualTo("CBP");
            assertThat(row.roles()).containsExactly(Role.LIAISON);
        });
        assertThat(view.tokensArea.isVisible()).isTrue();
        test(view.tokens.name).setValue("cargo sync");
        test(view.tokens.create).click();

        String secret = view.tokens.secret.getValue();
        assertThat(check.check(secret).accepted()).get().satisfies(caller -> {
            assertThat(caller.username()).isEqualTo(username);
            assertThat(caller.roles()).containsExactly(Role.LIAISON);
        });
        assertThat(test(view.tokens.grid).size()).isEqualTo(1);
    }

    @Test
    void administratorRoleIsNotOfferedAndBlankNameIsShownAtTheField() {
        ServiceAccountsView view = navigate(ServiceAccountsView.class);

        test(view.newAccount).click();
        assertThat(view.form.roles.getListDataView().getItems()).doesNotContain(Role.ADMIN);
        test(view.form.username).setValue("svc.blank." + Long.toString(System.nanoTime(), 36));
        test(view.form.save).click();

        assertThat(view.form.displayName.isInvalid()).isTrue();
        assertThat(view.form.displayName.getErrorMessage()).isEqualTo("Name the partner system.");
    }
}
