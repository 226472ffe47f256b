package org.accord.portal.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session whose account changed rights or password since it signed in, on whichever node it lives. The
 * request then goes on unauthenticated: a page is sent to the login page, and Vaadin answers its own requests
 * (UIDL, heartbeat, push) with "session expired", on which its client reloads and lands on the login page.
 */
final class SecurityStampFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SecurityStampFilter.class);

    private final SessionStamps stamps;

    SecurityStampFilter(SessionStamps stamps) {
        this.stamps = stamps;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                && !stamps.isCurrent(session, user)) {
            log.info("Ending a session of '{}': the account's rights or password changed", user.getUsername());
            SecurityContextHolder.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
