package org.accord.portal.startup;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Starts the real portal in its own process on an empty embedded database outside demo mode, the way an
 * operator's first start goes. Its own JVM keeps it apart from the application context the other tests share.
 */
class FirstStartTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);

    @Test
    void firstStartWithoutUsersOrAdministratorPasswordRefusesWithAClearMessage() throws Exception {
        Started portal = start("");

        assertThat(portal.exited()).isTrue();
        assertThat(portal.exitCode()).isNotZero();
        assertThat(portal.output()).contains("The database has no users and no first administrator password is set")
                .contains("ACCORD_ADMIN_PASSWORD");
    }

    @Test
    void firstStartWithAnAdministratorPasswordCreatesTheAdministrator() throws Exception {
        Started portal = start("first admin passphrase");

        assertThat(portal.output()).contains("Created the first administrator 'admin'")
                .doesNotContain("first admin passphrase");
    }

    private record Started(boolean exited, int exitCode, String output) {
    }

    private static Started start(String adminPassword) throws IOException, InterruptedException {
        Path dataDir = Path.of("target", "first-start", UUID.randomUUID().toString()).toAbsolutePath();
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "org.accord.AccordApplication",
                "--server.port=0",
                "--spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("accord") + ";MODE=MySQL",
                "--accord.demo=false",
                "--accord.database.product=h2"));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().remove("SPRING_DATASOURCE_USERNAME");
        builder.environment().remove("SPRING_DATASOURCE_PASSWORD");
        builder.environment().remove("ACCORD_DATABASE_PRODUCT");
        builder.environment().remove("ACCORD_DATABASE_VERSION");
        builder.environment().put("ACCORD_ADMIN_PASSWORD", adminPassword);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Instant deadline = Instant.now().plus(TIMEOUT);
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (Instant.now().isBefore(deadline) && (line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (line.contains("Created the first administrator") || line.contains("APPLICATION FAILED TO START")) {
                    break;
                }
            }
            if (output.indexOf("APPLICATION FAILED TO START") >= 0) {
                reader.lines().limit(40).forEach(rest -> output.append(rest).append('\n'));
            }
        } finally {
            boolean exited = process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            if (!exited) {
                process.destroy();
                process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS);
            }
        }
        boolean refused = output.indexOf("APPLICATION FAILED TO START") >= 0;
        return new Started(refused, refused ? process.exitValue() : 0, output.toString());
    }
}
