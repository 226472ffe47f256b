package org.accord.portal.security;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditOutcome;
import org.accord.people.LoginAccount;
import org.accord.people.SignIn;
import org.accord.portal.config.DatabaseOutage;
import org.aopalliance.intercept.MethodInvocation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Turns Spring Security's events into audit rows and failed-login counts. */
@Component
class SecurityAudit {

    private static final Logger log = LoggerFactory.getLogger(SecurityAudit.class);
    static final String UNKNOWN_ACCOUNT = "(unknown account)";

    private final AuditLog audit;
    private final SignIn signIn;

    SecurityAudit(AuditLog audit, SignIn signIn) {
        this.audit = audit;
        this.signIn = signIn;
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        String username = event.getAuthentication().getName();
        signIn.recordSuccessfulLogin(username);
        audit.record(AuditEntry.success(username, AuditAction.LOGIN_SUCCESS, username), address(event.getAuthentication()));
    }

    @EventListener
    void onFailure(AbstractAuthenticationFailureEvent event) {
        if (DatabaseOutage.isCause(event.getException())) {
            return; // SignInFailureHandler logs it: nothing can be written
        }
        try {
            audit(event);
        } catch (RuntimeException failure) {
            if (!DatabaseOutage.isCause(failure)) {
                throw failure;
            }
            unaudited(event);
        }
    }

    /** The database is away: the log keeps the failed sign-in, without a stack trace, and the response goes on. */
    private static void unaudited(AbstractAuthenticationFailureEvent event) {
        log.warn("A failed sign-in from {} could not be audited: the database is unavailable",
                address(event.getAuthentication()));
    }

    private void audit(AbstractAuthenticationFailureEvent event) {
        // What was typed is kept only when it names an account: it may be a mistyped password.
        String typed = event.getAuthentication().getName();
        String username = signIn.findForLogin(typed).map(LoginAccount::username).orElse(UNKNOWN_ACCOUNT);
        String reason = event.getException().getClass().getSimpleName();
        if (event instanceof AuthenticationFailureBadCredentialsEvent && !UNKNOWN_ACCOUNT.equals(username)) {
            signIn.recordFailedLogin(username);
        }
        log.info("Login failed for '{}': {}", username, reason);
        audit.record(new AuditEntry(username, AuditAction.LOGIN_FAILURE, username, AuditOutcome.FAILURE, reason),
                address(event.getAuthentication()));
    }

    @EventListener
    void onLogout(LogoutSuccessEvent event) {
        String username = event.getAuthentication().getName();
        audit.record(AuditEntry.success(username, AuditAction.LOGOUT, username), address(event.getAuthentication()));
    }

    @EventListener
    void onDenied(AuthorizationDeniedEvent<?> event) {
        Authentication authentication = event.getAuthentication().get();
        if (authentication == null || authentication instanceof AnonymousAuthenticationToken) {
            return;
        }
        audit.record(new AuditEntry(authentication.getName(), AuditAction.ACCESS_DENIED, describe(event.getSource()),
                AuditOutcome.DENIED, null));
    }

    private static String describe(Object secured) {
        if (secured instanceof MethodInvocation invocation) {
            return invocation.getMethod().getDeclaringClass().getSimpleName() + "." + invocation.getMethod().getName();
        }
        if (secured instanceof HttpServletRequest request) {
            return request.getMethod() + " " + request.getRequestURI();
        }
        return secured == null ? null : secured.getClass().getSimpleName();
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
