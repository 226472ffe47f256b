package org.accord.people;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Ends an account's open sessions by bumping its security stamp, which every portal node checks. */
@Component
class AccountSessions {

    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;

    AccountSessions(UserAccountRepository users, ApplicationEventPublisher events) {
        this.users = users;
        this.events = events;
    }

    void endAll(UserAccount user) {
        bump(user, false);
    }

    /** After the user's own password change: the session that changed it continues with the new stamp. */
    void endAllButCurrent(UserAccount user) {
        bump(user, true);
    }

    private void bump(UserAccount user, boolean currentContinues) {
        users.bumpSecurityStamp(user.getId());
        events.publishEvent(new SecurityStampChanged(user.getUsername(), users.securityStampOf(user.getId()),
                currentContinues));
    }
}
