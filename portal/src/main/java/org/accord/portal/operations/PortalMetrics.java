package org.accord.portal.operations;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.accord.notification.MailStatus;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * The portal's own metrics (operations.md "Health and metrics"): sessions and UIs open on this node, sign-ins by
 * outcome, and the queues in the database (e-mails by state, reminders sent, accounts locked out). Report timings
 * come from the reports' own observations ({@code accord.reports}).
 */
@Component
class PortalMetrics implements VaadinServiceInitListener {

    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger uis = new AtomicInteger();
    private final Counter signedIn;
    private final Counter refused;

    PortalMetrics(MeterRegistry registry, Backlog backlog) {
        Gauge.builder("accord.sessions.open", sessions, AtomicInteger::get)
                .description("Vaadin sessions open on this node").register(registry);
        Gauge.builder("accord.uis.open", uis, AtomicInteger::get)
                .description("Browser tabs (Vaadin UIs) open on this node").register(registry);
        signedIn = Counter.builder("accord.sign-ins").tag("outcome", "success")
                .description("Sign-ins on this node").register(registry);
        refused = Counter.builder("accord.sign-ins").tag("outcome", "failure")
                .description("Sign-ins on this node").register(registry);
        Gauge.builder("accord.accounts.locked", backlog, Backlog::accountsLockedOut)
                .description("Accounts locked out now after failed sign-ins").register(registry);
        for (MailStatus status : List.of(MailStatus.PENDING, MailStatus.HELD)) {
            Gauge.builder("accord.mail.queue", backlog, queue -> queue.mails(status))
                    .tag("status", status.name().toLowerCase(Locale.ROOT))
                    .description("E-mails waiting: pending to send, or held for want of an SMTP server")
                    .register(registry);
        }
        Gauge.builder("accord.mail.retrying", backlog, Backlog::mailsRetrying)
                .description("E-mails that failed to send and wait for another attempt").register(registry);
        FunctionCounter.builder("accord.mail.sent", backlog, queue -> queue.mails(MailStatus.SENT))
                .description("E-mails sent, by all nodes").register(registry);
        FunctionCounter.builder("accord.reminders.sent", backlog, Backlog::remindersSent)
                .description("Task reminders sent, by all nodes").register(registry);
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.incrementAndGet());
        event.getSource().addSessionDestroyListener(destroy -> sessions.decrementAndGet());
        event.getSource().addUIInitListener(init -> {
            uis.incrementAndGet();
            init.getUI().addDetachListener(detach -> uis.decrementAndGet());
        });
    }

    @EventListener
    void signedIn(AuthenticationSuccessEvent success) {
        signedIn.increment();
    }

    @EventListener
    void refused(AbstractAuthenticationFailureEvent failure) {
        refused.increment();
    }
}
