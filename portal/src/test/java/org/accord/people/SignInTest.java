package org.accord.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.accord.PortalTest;
import org.accord.testsupport.AtTheSameMoment;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.PlatformTransactionManager;

/** Failed logins counted in the database: none lost when they come at once, and apart from administrators' edits. */
@PortalTest
class SignInTest {

    @Autowired
    SignIn signIn;
    @Autowired
    UserAdministration users;
    @Autowired
    ReferenceData referenceData;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PlatformTransactionManager transactions;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void failedLoginsAtTheSameInstantAllCount() throws Exception {
        String username = newUser();

        assertThat(failAtOnce(username, 4)).isEmpty();

        assertThat(failedLogins(username)).isEqualTo(4);
        assertThat(lockedAccounts(username)).isZero();
    }

    @Test
    void twentyFailedLoginsAtTheSameInstantLockTheAccountOnce() throws Exception {
        String username = newUser();

        assertThat(failAtOnce(username, 20)).isEmpty();

        assertThat(lockedAccounts(username)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and action = 'ACCOUNT_LOCKED'",
                Long.class, username)).isEqualTo(1);
    }

    @Test
    void failedLoginDuringAnAdministratorsSaveCountsAndSpoilsNeitherChange() {
        String username = newUser();
        signInAsAdmin();
        UserDraft draft = users.edit(idOf(username));
        draft.setDisplayName("Renamed " + username);

        Throwable login = new AtTheSameMoment(transactions).secondThrows(() -> users.save(draft),
                () -> signIn.recordFailedLogin(username));
        UserDraft later = users.edit(idOf(username));
        later.setDisplayName("Renamed again " + username);
        Throwable save = new AtTheSameMoment(transactions).secondThrows(() -> signIn.recordFailedLogin(username),
                () -> users.save(later));

        assertThat(login).isNull();
        assertThat(save).isNull();
        assertThat(failedLogins(username)).isEqualTo(2);
        assertThat(users.edit(idOf(username)).getDisplayName()).isEqualTo("Renamed again " + username);
    }

    private List<Throwable> failAtOnce(String username, int attempts) throws Exception {
        var start = new CyclicBarrier(attempts);
        List<Throwable> thrown = new ArrayList<>();
        try (ExecutorService threads = Executors.newFixedThreadPool(attempts)) {
            List<Future<?>> running = new ArrayList<>();
            for (int attempt = 0; attempt < attempts; attempt++) {
                running.add(threads.submit(() -> {
                    start.await();
                    signIn.recordFailedLogin(username);
                    return null;
                }));
            }
            for (Future<?> attempt : running) {
                try {
                    attempt.get(60, TimeUnit.SECONDS);
                } catch (java.util.concurrent.ExecutionException failed) {
                    thrown.add(failed.getCause());
                }
            }
        }
        return thrown;
    }

    private String newUser() {
        signInAsAdmin();
        String username = users.save(Drafts.newUser(referenceData, "US", "CBP", Role.LIAISON)).username();
        SecurityContextHolder.clearContext();
        return username;
    }

    private long idOf(String username) {
        return jdbc.queryForObject("select id from user_account where username = ?", Long.class, username);
    }

    private int failedLogins(String username) {
        return jdbc.queryForObject("select failed_logins from user_account where username = ?", Integer.class, username);
    }

    private long lockedAccounts(String username) {
        return jdbc.queryForObject("select count(*) from user_account where username = ? "
                + "and locked_until > current_timestamp", Long.class, username);
    }

    private static void signInAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                "admin.us", null, List.of(new SimpleGrantedAuthority("ROLE_ADMIN"))));
    }
}
