package org.accord.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.accord.AccordApplication;
import org.accord.portal.security.PortalClient;
import org.h2.tools.Server;

/**
 * A second portal node in a process of its own, on the test database of the shared test context, as a load balancer
 * would reach it: over HTTP. On the tests' in-memory H2 database, this JVM serves that database (and any other
 * in-memory one, see {@link #h2Url}) to it over TCP.
 */
public final class OtherNode implements AutoCloseable {

    private static final String H2_OPTIONS = ";MODE=MySQL;CASE_INSENSITIVE_IDENTIFIERS=TRUE";
    private static Server h2;

    private final Process process;
    private final int port;
    private final int managementPort;
    private final Path log;

    private OtherNode(Process process, int port, int managementPort, Path log) {
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.log = log;
    }

    /** Whether the tests run on the in-memory H2 database rather than the one the environment names. */
    public static boolean onH2() {
        return System.getenv("SPRING_DATASOURCE_URL") == null;
    }

    /** The address another process reaches this JVM's in-memory H2 database {@code name} at. */
    public static synchronized String h2Url(String name) {
        if (h2 == null) {
            try {
                h2 = Server.createTcpServer("-tcpPort", "0", "-tcpDaemon").start();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return "jdbc:h2:tcp://127.0.0.1:" + h2.getPort() + "/mem:" + name + H2_OPTIONS;
    }

    /**
     * Starts a node on the test database with {@code settings} (command-line arguments such as
     * {@code --accord.x=y}) and waits until it serves the sign-in page.
     */
    public static OtherNode start(String... settings) throws Exception {
        int port = freePort();
        int managementPort = freePort();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dspring.profiles.active=test", "-Dtest.mail.port=" + System.getProperty("test.mail.port", "39025"),
                "-cp", System.getProperty("java.class.path"), AccordApplication.class.getName(),
                "--server.port=" + port, "--management.server.port=" + managementPort, "--spring.main.banner-mode=off"));
        if (onH2()) {
            command.add("--spring.datasource.url=" + h2Url("accord-test"));
        }
        command.addAll(List.of(settings));
        Path log = Files.createTempFile("accord-other-node", ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        var node = new OtherNode(process, port, managementPort, log);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
        while (!node.serves()) {
            assertThat(process.isAlive()).as("the other node runs; its log: " + log).isTrue();
            assertThat(Instant.now()).as("the other node starts; its log: " + log).isBefore(deadline);
            Thread.sleep(500);
        }
        return node;
    }

    public int port() {
        return port;
    }

    /** Its Actuator endpoints (operations.md "Health and metrics"), on a port of their own. */
    public int managementPort() {
        return managementPort;
    }

    public Path log() {
        return log;
    }

    /** Sends the stop signal (SIGTERM, as a service manager does) and returns at once. */
    public void beginStop() {
        process.destroy();
    }

    /** Whether the node's process ended within {@code wait}. */
    public boolean endsWithin(Duration wait) throws InterruptedException {
        return process.waitFor(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private boolean serves() {
        try {
            return new PortalClient(port).get("/login").statusCode() == 200;
        } catch (IllegalStateException notYet) {
            return false;
        }
    }

    private static int freePort() throws Exception {
        try (var free = new ServerSocket(0)) {
            return free.getLocalPort();
        }
    }
}
