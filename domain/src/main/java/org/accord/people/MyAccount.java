package org.accord.people;

import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What every signed-in user may do to their own account. */
@Service
@PreAuthorize("isAuthenticated()")
public class MyAccount {

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    private final AuditLog audit;
    private final AccountSessions sessions;

    MyAccount(UserAccountRepository users, PasswordEncoder passwordEncoder, AuditLog audit, AccountSessions sessions) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.audit = audit;
        this.sessions = sessions;
    }

    @Transactional(readOnly = true)
    public Profile profile() {
        return Profile.of(me());
    }

    @Transactional
    public void changePassword(String currentPassword, String newPassword) {
        UserAccount me = me();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, me.getPasswordHash())) {
            throw new InvalidInputException("currentPassword", "account.password.current-wrong");
        }
        PasswordPolicy.check(newPassword, "newPassword");
        me.changePassword(passwordEncoder.encode(newPassword));
        save(me);
        users.clearFailedLogins(me.getUsername());
        sessions.endAllButCurrent(me);
        audit.record(AuditEntry.success(me.getUsername(), AuditAction.PASSWORD_CHANGED, me.getUsername()));
    }

    @Transactional
    public void changeLanguage(Language language) {
        UserAccount me = me();
        if (me.getPreferredLanguage() != language) {
            me.setPreferredLanguage(language);
            save(me);
            audit.record(AuditEntry.success(me.getUsername(), AuditAction.LANGUAGE_CHANGED, me.getUsername())
                    .withDetails(language.name()));
        }
    }

    /** Writes now: a save of the account at the same moment is a conflict here, not an error at commit. */
    private void save(UserAccount me) {
        try {
            users.saveAndFlush(me);
        } catch (OptimisticLockingFailureException raced) {
            throw new EditConflictException("user", me.getId());
        }
    }

    private UserAccount me() {
        return users.findByUsername(CurrentUser.username())
                .orElseThrow(() -> new IllegalStateException("The signed-in account no longer exists"));
    }
}
