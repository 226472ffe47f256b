package org.accord.portal.config;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import jakarta.persistence.OptimisticLockException;
import java.util.function.Predicate;
import org.accord.audit.AuditAction;
import org.accord.audit.AuditEntry;
import org.accord.audit.AuditLog;
import org.accord.audit.AuditOutcome;
import org.accord.shared.EditConflictException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * What a user sees when a service refuses or fails outside a view's own handling: a clear message in
 * their language instead of a stack trace. Refusals the services make themselves are audited here.
 */
@Component
class PortalErrorHandler implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(PortalErrorHandler.class);

    private final AuditLog audit;

    PortalErrorHandler(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(session -> session.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        Throwable cause = rootOf(event.getThrowable());
        if (browserWentAway(event.getThrowable())) {
            // A tab closed or a page left while its answer was written: nothing to tell anyone.
            log.debug("The browser left before its response was written: {}", cause.getMessage());
            return;
        }
        String key;
        if (cause instanceof AccessDeniedException denied) {
            if (!(denied instanceof AuthorizationDeniedException)) {
                var authentication = SecurityContextHolder.getContext().getAuthentication();
                audit.record(new AuditEntry(authentication == null ? null : authentication.getName(),
                        AuditAction.ACCESS_DENIED, denied.getMessage(), AuditOutcome.DENIED, "service"));
            }
            key = "error.not-allowed";
        } else if (cause instanceof EditConflictException || isConcurrentChange(event.getThrowable())) {
            key = "conflict.message";
        } else if (DatabaseOutage.isCause(event.getThrowable())) {
            log.warn("Database unavailable: {}", cause.getMessage());
            key = "error.database";
        } else {
            log.error("Unexpected error in the portal", event.getThrowable());
            key = "error.unexpected";
        }
        UI ui = UI.getCurrent();
        if (ui != null) {
            Notification.show(ui.getTranslation(key), 8000, Notification.Position.TOP_CENTER)
                    .addThemeVariants(NotificationVariant.ERROR);
        }
    }

    /** Two saves at the same moment, noticed only when the transaction committed, outside the service's own check. */
    private static boolean isConcurrentChange(Throwable thrown) {
        return anyCause(thrown, cause -> cause instanceof OptimisticLockingFailureException
                || cause instanceof OptimisticLockException || cause instanceof DuplicateKeyException);
    }

    /** Tomcat's ClientAbortException: the connection closed from the browser's side. */
    private static boolean browserWentAway(Throwable thrown) {
        return anyCause(thrown, cause -> cause.getClass().getSimpleName().equals("ClientAbortException"));
    }

    private static boolean anyCause(Throwable thrown, Predicate<Throwable> test) {
        for (Throwable current = thrown; current != null; current = current.getCause()) {
            if (test.test(current)) {
                return true;
            }
            if (current == current.getCause()) {
                break;
            }
        }
        return false;
    }

    /** The most telling cause: Vaadin wraps what a listener threw. */
    private static Throwable rootOf(Throwable thrown) {
        Throwable current = thrown;
        while (current.getCause() != null && !(current instanceof AccessDeniedException)
                && !(current instanceof EditConflictException) && !(current instanceof DataAccessResourceFailureException)
                && !(current instanceof CannotCreateTransactionException)) {
            current = current.getCause();
        }
        return current;
    }
}
