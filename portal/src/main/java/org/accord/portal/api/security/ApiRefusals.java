package org.accord.portal.api.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accord.people.ApiTokenRefusal;
import org.accord.people.TokenCheck;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** Answers a refused API request: audited, as a problem document, without a redirect or a session. */
@Component
class ApiRefusals {

    static final String BEARER_CHALLENGE = "Bearer error=\"invalid_token\"";

    private final ApiProblems problems;
    private final ApiAudit audit;

    ApiRefusals(ApiProblems problems, ApiAudit audit) {
        this.problems = problems;
        this.audit = audit;
    }

    /** A token that lets nobody in. */
    void unauthorized(HttpServletRequest request, HttpServletResponse response, TokenCheck check) throws IOException {
        ApiTokenRefusal reason = check.refusal();
        String actor = check.ownerUsername() != null ? check.ownerUsername()
                : reason == ApiTokenRefusal.MISSING ? ApiAudit.NO_TOKEN : ApiAudit.UNKNOWN_TOKEN;
        audit.refused(request, actor, check.tokenName(), 401, reason.name());
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, BEARER_CHALLENGE);
        problems.write(request, response, 401, "invalid-token", "api.auth.unauthorized.title",
                "api.auth.refusal." + reason.name());
    }

    /** A request without a token to an address that needs one (Spring Security's entry point). */
    void missingToken(HttpServletRequest request, HttpServletResponse response) throws IOException {
        unauthorized(request, response, new TokenCheck(null, ApiTokenRefusal.MISSING, null, null));
    }

    void readOnly(HttpServletRequest request, HttpServletResponse response, ApiTokenAuthentication token)
            throws IOException {
        audit.refused(request, token.getName(), token.tokenName(), 403, "read-only token");
        problems.write(request, response, 403, "read-only-token", "api.auth.read-only.title",
                "api.auth.read-only.detail");
    }

    /** A caller whose roles do not allow what it asked (an access rule of the domain said no). */
    void denied(HttpServletRequest request, HttpServletResponse response) throws IOException {
        var token = ApiTokenAuthentication.current();
        audit.refused(request, token.map(ApiTokenAuthentication::getName).orElse(ApiAudit.NO_TOKEN),
                token.map(ApiTokenAuthentication::tokenName).orElse(null), 403, "access denied");
        problems.write(request, response, 403, "forbidden", "api.auth.forbidden.title", "api.auth.forbidden.detail");
    }

    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, ApiTokenAuthentication token,
                         long retryAfterSeconds) throws IOException {
        audit.refused(request, token.getName(), token.tokenName(), 429, "rate limit");
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        problems.write(request, response, 429, "rate-limited", "api.auth.rate-limited.title",
                "api.auth.rate-limited.detail", retryAfterSeconds);
    }

    void tooManyFailures(HttpServletRequest request, HttpServletResponse response, long retryAfterSeconds)
            throws IOException {
        audit.refused(request, ApiAudit.UNKNOWN_TOKEN, null, 429, "too many failed authentications");
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds));
        problems.write(request, response, 429, "too-many-failures", "api.auth.rate-limited.title",
                "api.auth.too-many-failures.detail", retryAfterSeconds);
    }
}
