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
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Starts the real portal in its own process, the way an operator does. Its own JVM keeps it apart from
 * the application context the other tests share.
 */
class FirstStartTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(150);
    private static final String REFUSED = "APPLICATION FAILED TO START";
    private static final List<String> DATABASE_ENVIRONMENT = List.of("SPRING_DATASOURCE_URL",
            "SPRING_DATASOURCE_USERNAME", "SPRING_DATASOURCE_PASSWORD", "ACCORD_DATABASE_PRODUCT",
            "ACCORD_DATABASE_VERSION");

    @Test
    void firstStartWithoutUsersOrAdministratorPasswordRefusesWithAClearMessage() throws Exception {
        String output = startOnEmptyEmbeddedDatabase("", REFUSED);

        assertThat(output).contains(REFUSED)
                .contains("The database has no users and no first administrator password is set")
                .contains("Set the environment variable ACCORD_ADMIN_PASSWORD");
    }

    @Test
    void firstStartWithATooShortAdministratorPasswordSaysWhichSettingToCorrect() throws Exception {
        String output = startOnEmptyEmbeddedDatabase("too short", REFUSED);

        assertThat(output).contains(REFUSED).contains("ACCORD_ADMIN_PASSWORD must have between 12 and 128 characters")
                .doesNotContain("too short");
    }

    @Test
    void firstStartWithAnAdministratorPasswordCreatesTheAdministratorWithoutLoggingThePassword() throws Exception {
        String output = startOnEmptyEmbeddedDatabase("first admin passphrase", "Created the first administrator");

        assertThat(output).contains("Created the first administrator 'admin'").doesNotContain("first admin passphrase");
        assertThat(hibernateWarnings(output)).isEmpty();
    }

    @Test
    void portalStartsOnTheConfiguredDatabaseWithoutHibernateWarnings() throws Exception {
        String output = start(List.of("--accord.demo=true", "--accord.data-dir=" + freshDirectory()), Map.of(),
                "Accord demo mode");

        assertThat(output).contains("Accord demo mode").doesNotContain(REFUSED);
        assertThat(hibernateWarnings(output)).isEmpty();
    }

    private static List<String> hibernateWarnings(String output) {
        return output.lines().filter(line -> line.contains(" WARN ") && (line.contains("org.hibernate")
                || line.contains("HHH"))).toList();
    }

    private static String startOnEmptyEmbeddedDatabase(String adminPassword, String until) throws Exception {
        List<String> arguments = List.of("--spring.datasource.url=jdbc:h2:file:" + freshDirectory().resolve("accord")
                + ";MODE=MySQL", "--accord.demo=false", "--accord.database.product=h2");
        return start(arguments, Map.of("ACCORD_ADMIN_PASSWORD", adminPassword), until);
    }

    private static Path freshDirectory() {
        return Path.of("target", "first-start", UUID.randomUUID().toString()).toAbsolutePath();
    }

    /** Runs the portal until a line contains {@code until}, it exits, or the time is up; returns what it printed. */
    private static String start(List<String> arguments, Map<String, String> environment, String until)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "org.accord.AccordApplication", "--server.port=0",
                "--management.server.port=0"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        if (arguments.stream().anyMatch(argument -> argument.startsWith("--spring.datasource.url"))) {
            DATABASE_ENVIRONMENT.forEach(builder.environment()::remove);
        }
        builder.environment().putAll(environment);
        Process process = builder.start();
        StringBuilder output = new StringBuilder();
        Instant deadline = Instant.now().plus(TIMEOUT);
        try (var reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (Instant.now().isBefore(deadline) && (line = reader.readLine()) != null) {
                output.append(line).append('\n');
                if (line.contains(until)) {
                    break;
                }
            }
            if (until.equals(REFUSED)) {
                reader.lines().limit(40).forEach(rest -> output.append(rest).append('\n'));
            }
        } finally {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        return output.toString();
    }
}
