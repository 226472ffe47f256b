package org.accord.people;

import java.time.Clock;
import java.util.Optional;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditOutcome;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/** The account side of signing in: lookup, failed-login counting and locking. */
@Service
public class SignIn {

    private final UserAccountRepository users;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;

    SignIn(UserAccountRepository users, AuditLog audit, PlatformTransactionManager transactions,
           ObjectProvider<Clock> clock) {
        this.users = users;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** Empty for a service account too: it has no password to sign in with, and failed attempts do not lock it. */
    @Transactional(readOnly = true)
    public Optional<LoginAccount> findForLogin(String username) {
        return users.findByUsername(normalize(username)).filter(user -> !user.isServiceAccount())
                .map(user -> LoginAccount.of(user, clock.instant()));
    }

    /**
     * Counts a failed attempt against an existing account, locking it at the fifth. Direct statements, not the
     * versioned entity: parallel attempts all count, and an administrator's open edit of the account stays valid.
     * The audit row is written after the count's short transaction, which holds the account's row lock, commits:
     * attempts waiting for that lock must not also wait for a second connection.
     */
    public void recordFailedLogin(String username) {
        String name = normalize(username);
        var now = clock.instant();
        boolean locked = Boolean.TRUE.equals(transaction.execute(status -> users.countFailedLogin(name, now) == 1
                && users.lockWhenCountReaches(name, UserAccount.MAX_FAILED_LOGINS, now.plus(UserAccount.LOCK_DURATION)) == 1));
        if (locked) {
            audit.record(new AuditEntry(name, AuditAction.ACCOUNT_LOCKED, name, AuditOutcome.DENIED, "locked for "
                    + UserAccount.LOCK_DURATION.toMinutes() + " minutes after " + UserAccount.MAX_FAILED_LOGINS
                    + " failed logins"));
        }
    }

    @Transactional
    public void recordSuccessfulLogin(String username) {
        users.clearFailedLogins(normalize(username));
    }

    /** The security stamp an open session of this user must carry; empty once the account is disabled or gone. */
    @Transactional(readOnly = true)
    public Optional<Long> securityStamp(String username) {
        return users.currentSecurityStamp(normalize(username));
    }

    static String normalize(String username) {
        return username == null ? "" : username.strip().toLowerCase();
    }
}
