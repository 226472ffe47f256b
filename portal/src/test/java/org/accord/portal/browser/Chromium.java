package org.accord.portal.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** The system's Debian Chromium and its driver: Selenium Manager cannot download browsers here. */
final class Chromium {

    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private Chromium() {
    }

    /** Why the browser tests cannot run on this machine, if they cannot. */
    static Optional<String> missing() {
        List<String> missing = new ArrayList<>();
        for (Path executable : List.of(BROWSER, DRIVER)) {
            if (!Files.isExecutable(executable)) {
                missing.add(executable.toString());
            }
        }
        return missing.isEmpty() ? Optional.empty()
                : Optional.of("Browser test skipped: " + String.join(" and ", missing)
                        + " not found; install the Debian packages chromium and chromium-driver");
    }

    /** Starts the browser; files it downloads land in {@code downloads}, without asking. */
    static ChromeDriver start(Path profile, Path downloads) {
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options(profile, downloads));
    }

    private static ChromeOptions options(Path profile, Path downloads) {
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        var options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        options.setCapability(ChromeOptions.LOGGING_PREFS, logging);
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false, "plugins.always_open_pdf_externally", true));
        return options;
    }
}
