package org.accord.audit;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail. Each entry commits on its own, so a denial is kept even when the work it stopped rolls back. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final ObjectProvider<ClientAddress> clientAddress;
    private final Clock clock;

    AuditLog(AuditEventRepository events, ObjectProvider<ClientAddress> clientAddress, ObjectProvider<Clock> clock) {
        this.events = events;
        this.clientAddress = clientAddress;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry entry) {
        String address = clientAddress.stream().findFirst().flatMap(ClientAddress::current).orElse(null);
        events.save(new AuditEvent(clock.instant(), entry, address));
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(AuditEntry entry, String address) {
        events.save(new AuditEvent(clock.instant(), entry, address));
    }
}
