package org.accord.people;

import java.time.Clock;
import java.util.Optional;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditOutcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The account side of signing in: lookup, failed-login counting and locking. */
@Service
public class SignIn {

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final Clock clock;

    SignIn(UserAccountRepository users, AuditLog audit, ObjectProvider<Clock> clock) {
        this.users = users;
        this.audit = audit;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(readOnly = true)
    public Optional<LoginAccount> findForLogin(String username) {
        return users.findByUsername(normalize(username)).map(user -> LoginAccount.of(user, clock.instant()));
    }

    /** Counts a failed attempt against an existing account, locking it at the fifth. */
    @Transactional
    public void recordFailedLogin(String username) {
        users.findByUsername(normalize(username)).ifPresent(user -> {
            if (user.recordFailedLogin(clock.instant())) {
                audit.record(new AuditEntry(user.getUsername(), AuditAction.ACCOUNT_LOCKED, user.getUsername(),
                        AuditOutcome.DENIED, "locked for " + UserAccount.LOCK_DURATION.toMinutes() + " minutes after "
                        + UserAccount.MAX_FAILED_LOGINS + " failed logins"));
            }
        });
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        users.findByUsername(normalize(username))
                .filter(user -> user.getFailedLogins() > 0 || user.getLockedUntil() != null)
                .ifPresent(UserAccount::unlock);
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
