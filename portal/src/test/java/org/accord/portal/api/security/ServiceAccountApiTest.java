package org.accord.portal.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Set;
import org.accord.PortalTest;
import org.accord.people.ApiScope;
import org.accord.people.ReferenceData;
import org.accord.people.Role;
import org.accord.people.ServiceAccountDraft;
import org.accord.people.ServiceAccountRow;
import org.accord.people.ServiceAccounts;
import org.accord.people.UserAdministration;
import org.accord.people.UserFilter;
import org.accord.portal.api.ApiClient;
import org.accord.portal.security.PortalClient;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Partner systems' accounts: they call the API with their tokens and roles, and never sign in with a password. */
@PortalTest
class ServiceAccountApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ServiceAccounts accounts;
    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void serviceAccountCannotSignInWithTheLoginForm() {
        ServiceAccountRow account = create(Set.of(Role.LIAISON));

        HttpResponse<String> login = new PortalClient(port).login(account.username(), "any password at all 123");

        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).get().asString().contains("/login?error");
    }

    @Test
    void serviceAccountTokenActsWithTheAccountsCurrentRoles() {
        ServiceAccountRow account = create(Set.of(Role.LIAISON));
        String secret = as("admin.us", () -> accounts.createToken(account.id(), "sync", LocalDate.now().plusDays(7),
                ApiScope.READ)).secret();
        var api = new ApiClient(port);
        assertThat(api.get("/api/v1/me", secret).body()).contains("\"username\":\"" + account.username() + "\"",
                "\"roles\":[\"LIAISON\"]", "\"agency\":\"CBP\"");

        as("admin.us", () -> {
            ServiceAccountDraft draft = accounts.edit(account.id());
            draft.setRoles(Set.of(Role.EXECUTIVE));
            accounts.save(draft);
        });
        assertThat(api.get("/api/v1/me", secret).body()).contains("\"roles\":[\"EXECUTIVE\"]");

        as("admin.us", () -> {
            ServiceAccountDraft draft = accounts.edit(account.id());
            draft.setEnabled(false);
            accounts.save(draft);
        });
        assertThat(api.get("/api/v1/me", secret).statusCode()).isEqualTo(401);
    }

    @Test
    void administratorsSeeOnlyTheirOwnPartysServiceAccountsAndNotAmongPeople() {
        ServiceAccountRow account = create(Set.of(Role.LIAISON));

        assertThat(as("admin.us", () -> accounts.ofMyParty())).extracting(ServiceAccountRow::username)
                .contains(account.username());
        assertThat(as("admin.mx", () -> accounts.ofMyParty())).extracting(ServiceAccountRow::username)
                .doesNotContain(account.username());
        assertThatThrownBy(() -> as("admin.mx", () -> accounts.edit(account.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin.us", () -> users.count(new UserFilter(account.username(), null, null, null)))).isZero();
        assertThat(as("admin.us", () -> users.page(UserFilter.all(), PageRequest.of(0, 10_000))))
                .noneMatch(row -> row.username().equals(account.username()));
    }

    @Test
    void serviceAccountCannotBeAnAdministrator() {
        var draft = draft(Set.of(Role.ADMIN));

        assertThatThrownBy(() -> as("admin.us", () -> accounts.save(draft)))
                .hasMessageContaining("service-account.roles.no-admin");
    }

    private ServiceAccountRow create(Set<Role> roles) {
        return as("admin.us", () -> accounts.save(draft(roles)));
    }

    private ServiceAccountDraft draft(Set<Role> roles) {
        var draft = new ServiceAccountDraft();
        draft.setUsername("svc." + Long.toString(System.nanoTime(), 36));
        draft.setDisplayName("Cargo system");
        draft.setAgency(as("admin.us", () -> referenceData.agencies()).stream()
                .filter(agency -> agency.getCode().equals("CBP")).findFirst().orElseThrow());
        draft.setRoles(roles);
        return draft;
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return new SignedIn(userDetails).as(username, work);
    }

    private void as(String username, Runnable work) {
        new SignedIn(userDetails).as(username, work);
    }
}
