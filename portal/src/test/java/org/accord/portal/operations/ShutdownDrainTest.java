package org.accord.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.accord.PortalTest;
import org.accord.portal.security.PortalClient;
import org.accord.testsupport.OtherNode;
import org.junit.jupiter.api.Test;

/**
 * A node told to drain (operations.md "Stopping and rolling restarts") keeps serving its users for a while after
 * the stop signal, while its readiness already says no: a load balancer moves away before the port closes.
 */
@PortalTest
class ShutdownDrainTest {

    @Test
    void afterTheStopSignalTheNodeServesForTheDrainTimeWhileReadinessRefuses() throws Exception {
        OtherNode node = OtherNode.start("--accord.shutdown.drain-time=10s");
        try {
            awaitReadiness(node);

            node.beginStop();
            Thread.sleep(1_000);

            assertThat(new PortalClient(node.port()).get("/login").statusCode()).isEqualTo(200);
            assertThat(readiness(node)).isNotEqualTo(200);
            assertThat(node.endsWithin(Duration.ofSeconds(2))).as("still draining").isFalse();
            assertThat(node.endsWithin(Duration.ofSeconds(30))).as("stopped after the drain").isTrue();
            assertThat(Files.readString(node.log())).contains("readiness refuses traffic; still serving for 10 s");
        } finally {
            node.close();
        }
    }

    /** It serves the sign-in page before its start ends; it is ready once the start has run to the end. */
    private static void awaitReadiness(OtherNode node) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(60);
        while (readiness(node) != 200) {
            assertThat(Instant.now()).as("ready within a minute").isBefore(deadline);
            Thread.sleep(250);
        }
    }

    /** Its status, or 0 once the management port no longer answers. */
    private static int readiness(OtherNode node) {
        try {
            return new PortalClient(node.managementPort()).get("/actuator/health/readiness").statusCode();
        } catch (IllegalStateException refused) {
            return 0;
        }
    }
}
