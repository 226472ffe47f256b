package org.accord.portal.api.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.OptionalLong;
import java.util.Set;
import org.accord.people.ApiCaller;
import org.accord.people.ApiTokenCheck;
import org.accord.people.ApiTokenRefusal;
import org.accord.people.TokenCheck;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates an API request by its {@code Authorization: Bearer} token, for this request only. Refuses a bad
 * token (401), a read-only token on a method that may change something (403), and callers over their rate limit
 * (429). Requests that may change something are audited with the status they got.
 */
final class ApiTokenFilter extends OncePerRequestFilter {

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");
    private static final String BEARER = "Bearer ";

    private final ApiTokenCheck tokens;
    private final ApiRateLimits limits;
    private final ApiRefusals refusals;
    private final ApiAudit audit;

    ApiTokenFilter(ApiTokenCheck tokens, ApiRateLimits limits, ApiRefusals refusals, ApiAudit audit) {
        this.tokens = tokens;
        this.limits = limits;
        this.refusals = refusals;
        this.audit = audit;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null) {
            chain.doFilter(request, response); // anonymous: the public documents answer, the rest asks for a token
            return;
        }
        String address = request.getRemoteAddr();
        OptionalLong blocked = limits.failuresBlocking(address);
        if (blocked.isPresent()) {
            refusals.tooManyFailures(request, response, blocked.getAsLong());
            return;
        }
        TokenCheck check = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? tokens.check(header.substring(BEARER.length()))
                : new TokenCheck(null, ApiTokenRefusal.MALFORMED, null, null);
        if (check.accepted().isEmpty()) {
            limits.failed(address);
            refusals.unauthorized(request, response, check);
            return;
        }
        ApiCaller caller = check.accepted().get();
        var authentication = new ApiTokenAuthentication(caller);
        OptionalLong wait = limits.request(caller.tokenId());
        if (wait.isPresent()) {
            refusals.tooManyRequests(request, response, authentication, wait.getAsLong());
            return;
        }
        boolean write = !SAFE_METHODS.contains(request.getMethod());
        if (write && caller.readOnly()) {
            refusals.readOnly(request, response, authentication);
            return;
        }
        serveAs(authentication, write, request, response, chain);
    }

    private void serveAs(ApiTokenAuthentication authentication, boolean write, HttpServletRequest request,
                         HttpServletResponse response, FilterChain chain) throws ServletException, IOException {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        boolean failed = false;
        try {
            chain.doFilter(request, response);
        } catch (ServletException | IOException | RuntimeException error) {
            failed = true;
            throw error;
        } finally {
            SecurityContextHolder.clearContext();
            int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
            if (write) {
                audit.write(request, authentication.getName(), authentication.tokenName(), status);
            } else if (status == HttpServletResponse.SC_FORBIDDEN) {
                audit.refused(request, authentication.getName(), authentication.tokenName(), status, "forbidden");
            }
        }
    }
}
