package org.accord.portal.security;

import jakarta.servlet.http.HttpSession;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.accord.people.SecurityStampChanged;
import org.accord.portal.config.DatabaseOutage;
import org.accord.people.SignIn;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Whether a session's security stamp is still the account's: read from the database, kept a few seconds. A change
 * on this node is seen at once; one made on another node once the kept value is older than the check interval.
 */
@Component
class SessionStamps {

    /** Set on the session that changed its own password: it continues with the new stamp. */
    private static final String SESSION_ATTRIBUTE = SessionStamps.class.getName() + ".stamp";
    /** The new stamp while its transaction commits: the session's other requests meanwhile keep working. */
    private static final String PENDING_ATTRIBUTE = SessionStamps.class.getName() + ".pending";
    private static final int MAX_KEPT = 10_000;

    private final SignIn signIn;
    private final long checkIntervalNanos;
    private final Map<String, Kept> kept = new ConcurrentHashMap<>();

    SessionStamps(SignIn signIn, @Value("${accord.security.session-check-interval}") Duration checkInterval) {
        this.signIn = signIn;
        this.checkIntervalNanos = checkInterval.toNanos();
    }

    /**
     * While the database is away the stamp cannot be read: the session is kept, its request then meets the outage
     * itself and says so, and the check is made again once the database is back.
     */
    boolean isCurrent(HttpSession session, SignedInUser user) {
        long held = session.getAttribute(SESSION_ATTRIBUTE) instanceof Long changed ? changed : user.securityStamp();
        Object pending = session.getAttribute(PENDING_ATTRIBUTE);
        try {
            return current(user.getUsername()).map(stamp -> stamp == held || stamp.equals(pending)).orElse(false);
        } catch (RuntimeException unreadable) {
            if (DatabaseOutage.isCause(unreadable)) {
                return true;
            }
            throw unreadable;
        }
    }

    private Optional<Long> current(String username) {
        long now = System.nanoTime();
        Kept known = kept.get(username);
        if (known == null || now - known.readAt() > checkIntervalNanos) {
            if (kept.size() >= MAX_KEPT) {
                kept.clear();
            }
            known = new Kept(signIn.securityStamp(username), now);
            kept.put(username, known);
        }
        return known.stamp();
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void committing(SecurityStampChanged changed) {
        ownSession(changed).ifPresent(session -> session.setAttribute(PENDING_ATTRIBUTE, changed.stamp()));
    }

    @TransactionalEventListener
    void committed(SecurityStampChanged changed) {
        kept.remove(changed.username());
        ownSession(changed).ifPresent(session -> {
            session.setAttribute(SESSION_ATTRIBUTE, changed.stamp());
            session.removeAttribute(PENDING_ATTRIBUTE);
        });
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_ROLLBACK)
    void rolledBack(SecurityStampChanged changed) {
        ownSession(changed).ifPresent(session -> session.removeAttribute(PENDING_ATTRIBUTE));
    }

    /** The session of the request that made the change, when it continues after it. */
    private static Optional<HttpSession> ownSession(SecurityStampChanged changed) {
        if (changed.currentSessionContinues() && isSignedInAs(changed.username())
                && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes request) {
            return Optional.ofNullable(request.getRequest().getSession(false));
        }
        return Optional.empty();
    }

    private static boolean isSignedInAs(String username) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && username.equals(authentication.getName());
    }

    private record Kept(Optional<Long> stamp, long readAt) {
    }
}
