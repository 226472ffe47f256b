package org.accord.portal.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One headless Chromium with a throw-away profile, pointed at the portal under test. */
final class Browser implements AutoCloseable {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final URI portal;
    private final Path profile;
    private final ChromeDriver driver;

    private Browser(URI portal, Path profile, ChromeDriver driver) {
        this.portal = portal;
        this.profile = profile;
        this.driver = driver;
    }

    static Browser open(URI portal) {
        Path profile = createProfile();
        return new Browser(portal, profile, Chromium.start(profile, downloads(profile)));
    }

    void visit(String path) {
        driver.get(portal.resolve(path).toString());
    }

    String currentPath() {
        return URI.create(driver.getCurrentUrl()).getPath();
    }

    <T> T await(Function<WebDriver, T> condition) {
        return await(PATIENCE, condition);
    }

    /** Waits longer than usual, for work the portal shows progress of (a report being written and issued). */
    <T> T await(Duration patience, Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, patience).until(condition);
    }

    /** Waits until the page has no request to the server under way: Vaadin has drawn what the server sent. */
    void awaitQuiet() {
        await(driver -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + "return !!clients && document.readyState === 'complete'"
                        + " && !Object.values(clients).some(client => client.isActive && client.isActive());"));
    }

    @SuppressWarnings("unchecked")
    <T> T script(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeScript(script, arguments);
    }

    /** Runs a script that calls back (its last argument) when it is done, and returns what it passed back. */
    @SuppressWarnings("unchecked")
    <T> T asyncScript(String script, Object... arguments) {
        return (T) ((JavascriptExecutor) driver).executeAsyncScript(script, arguments);
    }

    WebDriver driver() {
        return driver;
    }

    /** The browser console's SEVERE messages since the last call (the driver hands each message out once). */
    List<String> severeConsoleMessages() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::toString)
                .toList();
    }

    /** The value of the browser's session cookie, to make requests as the signed-in user. */
    String sessionCookie() {
        var cookie = driver.manage().getCookieNamed("JSESSIONID");
        return cookie == null ? null : cookie.getValue();
    }

    /** The folder the browser saves downloads in: inside the throw-away profile, so it goes with it. */
    Path downloads() {
        return downloads(profile);
    }

    /** Waits until the browser has finished saving a file it had not saved before {@code seen}, and returns it. */
    Path awaitDownload(List<Path> seen) {
        return await(driver -> {
            List<Path> fresh = downloaded().stream().filter(file -> !seen.contains(file)).toList();
            // Chromium writes into hidden and .crdownload files first, and renames the finished file.
            boolean saving = fresh.stream().map(file -> file.getFileName().toString())
                    .anyMatch(name -> name.startsWith(".") || name.endsWith(".crdownload"));
            return saving ? null : fresh.stream().filter(file -> file.toFile().length() > 0).findFirst().orElse(null);
        });
    }

    /** The files downloaded so far. */
    List<Path> downloaded() {
        try (Stream<Path> files = Files.list(downloads())) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteProfile();
        }
    }

    private static Path downloads(Path profile) {
        try {
            return Files.createDirectories(profile.resolve("downloads"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path createProfile() {
        try {
            return Files.createTempDirectory("accord-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void deleteProfile() {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).forEach(file -> file.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
