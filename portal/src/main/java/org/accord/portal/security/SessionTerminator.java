package org.accord.portal.security;

import org.accord.people.UserDisabled;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.User;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Ends every open session of a disabled user on this node; their next request goes to the login page. */
@Component
class SessionTerminator {

    private final SessionRegistry sessions;

    SessionTerminator(SessionRegistry sessions) {
        this.sessions = sessions;
    }

    @TransactionalEventListener
    void on(UserDisabled event) {
        var principal = User.withUsername(event.username()).password("").build();
        sessions.getAllSessions(principal, false).forEach(session -> session.expireNow());
    }
}
