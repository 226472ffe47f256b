package org.accord.portal.api.security;

import jakarta.servlet.http.HttpServletRequest;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditOutcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The API's lines in the audit trail: every refusal, and every request that may change something, naming the token
 * (never its secret) and its owner. Actor of a request without a usable token: "(no token)" or "(unknown token)".
 */
@Component
class ApiAudit {

    static final String NO_TOKEN = "(no token)";
    static final String UNKNOWN_TOKEN = "(unknown token)";
    /** Set on a request whose refusal is already in the trail, so that it is not also recorded as a write. */
    static final String RECORDED = ApiAudit.class.getName() + ".recorded";

    private static final Logger log = LoggerFactory.getLogger(ApiAudit.class);
    private static final int MAX_PATH = 300;

    private final AuditLog audit;

    ApiAudit(AuditLog audit) {
        this.audit = audit;
    }

    void refused(HttpServletRequest request, String actor, String tokenName, int status, String reason) {
        request.setAttribute(RECORDED, Boolean.TRUE);
        log.info("API request {} {} refused with {} ({}) for {}, token '{}'", request.getMethod(), path(request),
                status, reason, actor, tokenName);
        audit.record(new AuditEntry(actor, AuditAction.API_REFUSED, target(request), AuditOutcome.DENIED,
                details(request, tokenName, status) + ", reason=" + reason), request.getRemoteAddr());
    }

    void write(HttpServletRequest request, String actor, String tokenName, int status) {
        if (request.getAttribute(RECORDED) != null) {
            return;
        }
        AuditOutcome outcome = status < 400 ? AuditOutcome.SUCCESS
                : status == 401 || status == 403 ? AuditOutcome.DENIED : AuditOutcome.FAILURE;
        audit.record(new AuditEntry(actor, AuditAction.API_REQUEST, target(request), outcome,
                details(request, tokenName, status)), request.getRemoteAddr());
    }

    private static String target(HttpServletRequest request) {
        String target = request.getMethod() + " " + path(request);
        return target.length() > 200 ? target.substring(0, 200) : target;
    }

    private static String details(HttpServletRequest request, String tokenName, int status) {
        return "token=" + (tokenName == null ? "-" : tokenName) + ", method=" + request.getMethod() + ", path="
                + path(request) + ", status=" + status;
    }

    private static String path(HttpServletRequest request) {
        String path = request.getRequestURI();
        return path.length() > MAX_PATH ? path.substring(0, MAX_PATH) : path;
    }
}
