package org.accord.portal.operations;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * At a stop, before the web server stops taking requests, the node keeps serving for
 * {@code accord.shutdown.drain-time} while its readiness says it refuses traffic: time for a load balancer that
 * checks readiness to send no one new here, instead of learning of the stop from refused connections.
 */
@Component
class ShutdownDrain implements SmartLifecycle {

    private static final Logger LOG = LoggerFactory.getLogger(ShutdownDrain.class);

    private final ApplicationEventPublisher events;
    private final Duration drainTime;
    private volatile boolean running;

    ShutdownDrain(ApplicationEventPublisher events, @Value("${accord.shutdown.drain-time:0s}") Duration drainTime) {
        this.events = events;
        this.drainTime = drainTime;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        if (drainTime.isZero() || drainTime.isNegative()) {
            return;
        }
        AvailabilityChangeEvent.publish(events, this, ReadinessState.REFUSING_TRAFFIC);
        LOG.info("Stopping: readiness refuses traffic; still serving for {} s so that the load balancer moves away",
                drainTime.toSeconds());
        try {
            Thread.sleep(drainTime);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops first: the web server's graceful shutdown and every other part stop after the drain. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE;
    }
}
