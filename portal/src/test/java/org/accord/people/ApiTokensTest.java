package org.accord.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import org.accord.PortalTest;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

@PortalTest
class ApiTokensTest {

    @Autowired
    ApiTokens tokens;
    @Autowired
    ApiTokenCheck check;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void creatingReturnsTheSecretOnceAndStoresOnlyItsHash() {
        NewApiToken made = as("liaison.mx", () -> tokens.create("  Sync " + System.nanoTime() + " ",
                LocalDate.now().plusDays(30), ApiScope.READ));

        assertThat(made.secret()).matches("acc_[a-z0-9]{12}_[A-Za-z0-9_-]{43}");
        assertThat(made.toString()).doesNotContain(made.secret().substring(17));
        assertThat(made.token().name()).startsWith("Sync ").doesNotEndWith(" ");
        Map<String, Object> row = jdbc.queryForMap("select public_id, secret_hash from api_token where id = ?",
                made.token().id());
        String secretPart = made.secret().substring(17);
        assertThat(made.secret()).contains((String) row.get("PUBLIC_ID"));
        assertThat((String) row.get("SECRET_HASH")).hasSize(64).isEqualTo(ApiTokenSecrets.hash(secretPart))
                .doesNotContain(secretPart);
        assertThat(as("liaison.mx", () -> tokens.mine())).anyMatch(listed -> listed.id() == made.token().id());
        assertThat(check.check(made.secret()).accepted()).get()
                .satisfies(caller -> assertThat(caller.username()).isEqualTo("liaison.mx"));
    }

    @Test
    void namesAreUniquePerOwnerOnly() {
        String name = "Shared name " + System.nanoTime();
        as("liaison.mx", () -> tokens.create(name, LocalDate.now().plusDays(5), ApiScope.READ));

        assertThatThrownBy(() -> as("liaison.mx", () -> tokens.create(name, LocalDate.now().plusDays(5),
                ApiScope.READ_WRITE))).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo("name");
                    assertThat(refused.messageKey()).isEqualTo("token.name.taken");
                });
        assertThat(as("lead.mx", () -> tokens.create(name, LocalDate.now().plusDays(5), ApiScope.READ)).secret())
                .startsWith("acc_");
    }

    @Test
    void expiryIsRequiredAfterTodayAndAtMostAYearAhead() {
        assertRefused(LocalDate.now().plusDays(1), null, "name", "token.name.required", "   ");
        assertRefused(null, ApiScope.READ, "expiresOn", "token.expiry.required", "x");
        assertRefused(LocalDate.now(), ApiScope.READ, "expiresOn", "token.expiry.past", "x");
        assertRefused(LocalDate.now().plusYears(1).plusDays(2), ApiScope.READ, "expiresOn", "token.expiry.too-far", "x");
        assertRefused(LocalDate.now().plusDays(1), null, "scope", "token.scope.required", "x");
        assertRefused(LocalDate.now().plusDays(1), ApiScope.READ, "name", "text.at-most.100", "x".repeat(101));

        NewApiToken longest = as("liaison.mx", () -> tokens.create("Year " + System.nanoTime(),
                tokens.latestExpiry(), ApiScope.READ));
        assertThat(longest.token().expired()).isFalse();
    }

    @Test
    void revokedTokenIsRefusedAndLeavesTheList() {
        NewApiToken made = as("liaison.mx", () -> tokens.create("Revoked " + System.nanoTime(),
                LocalDate.now().plusDays(5), ApiScope.READ));

        as("liaison.mx", () -> tokens.revoke(made.token().id()));

        assertThat(check.check(made.secret()).refusal()).isEqualTo(ApiTokenRefusal.REVOKED);
        assertThat(as("liaison.mx", () -> tokens.mine())).noneMatch(listed -> listed.id() == made.token().id());
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'API_TOKEN_REVOKED' "
                + "and details = ?", Integer.class, "token=" + made.token().name())).isEqualTo(1);
    }

    @Test
    void nobodyRevokesSomeoneElsesToken() {
        NewApiToken made = as("liaison.mx", () -> tokens.create("Mine " + System.nanoTime(),
                LocalDate.now().plusDays(5), ApiScope.READ));

        assertThatThrownBy(() -> as("lead.mx", () -> tokens.revoke(made.token().id())))
                .isInstanceOf(EditConflictException.class);
        assertThatThrownBy(() -> as("admin.mx", () -> tokens.revoke(made.token().id())))
                .isInstanceOf(EditConflictException.class);

        assertThat(check.check(made.secret()).accepted()).isPresent();
    }

    @Test
    void creationIsAuditedWithoutTheSecret() {
        NewApiToken made = as("liaison.mx", () -> tokens.create("Audited " + System.nanoTime(),
                LocalDate.now().plusDays(5), ApiScope.READ_WRITE));

        var audited = jdbc.queryForMap("select actor, target, details from audit_event where action = "
                + "'API_TOKEN_CREATED' and details like ?", "token=" + made.token().name() + ",%");
        assertThat(audited).containsEntry("ACTOR", "liaison.mx").containsEntry("TARGET", "liaison.mx");
        assertThat((String) audited.get("DETAILS")).contains("scope=READ_WRITE").doesNotContain(made.secret());
    }

    private void assertRefused(LocalDate expiresOn, ApiScope scope, String field, String key, String name) {
        assertThatThrownBy(() -> as("liaison.mx", () -> tokens.create(name, expiresOn, scope)))
                .as(key).isInstanceOfSatisfying(InvalidInputException.class, refused -> {
                    assertThat(refused.field()).isEqualTo(field);
                    assertThat(refused.messageKey()).isEqualTo(key);
                });
    }

    private <T> T as(String username, java.util.function.Supplier<T> work) {
        return new SignedIn(userDetails).as(username, work);
    }

    private void as(String username, Runnable work) {
        new SignedIn(userDetails).as(username, work);
    }
}
