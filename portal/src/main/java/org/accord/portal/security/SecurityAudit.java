package org.accord.portal.security;

import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditOutcome;
import org.accord.people.SignIn;
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
        String username = clip(event.getAuthentication().getName());
        if (event instanceof AuthenticationFailureBadCredentialsEvent) {
            signIn.recordFailedLogin(username);
        }
        log.info("Login failed for '{}': {}", username, event.getException().getClass().getSimpleName());
        audit.record(new AuditEntry(username, AuditAction.LOGIN_FAILURE, username, AuditOutcome.FAILURE,
                event.getException().getClass().getSimpleName()), address(event.getAuthentication()));
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

    /** Whatever was typed as a username, cut to what the audit trail stores. */
    private static String clip(String typed) {
        return typed == null || typed.length() <= 60 ? typed : typed.substring(0, 60);
    }

    private static String describe(Object secured) {
        return secured == null ? null : secured.toString();
    }

    private static String address(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
