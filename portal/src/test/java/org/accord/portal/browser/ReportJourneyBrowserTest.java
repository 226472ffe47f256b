package org.accord.portal.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.accord.PortalTest;
import org.accord.report.IssuedReports;
import org.accord.report.Verification;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * In Chromium: the US executive downloads a draft side-by-side report of the demo period; the US program manager
 * issues that report and downloads the issued copy from the list; the Mexican executive checks both copies on the
 * Verify page, and only the issued one is an issued report.
 */
@ExtendWith(RequiresChromium.class)
@PortalTest
class ReportJourneyBrowserTest {

    private static final String SIDE_BY_SIDE = "English and Spanish side by side";
    private static final String DEMO_PERIOD = "2012-Q2";

    @LocalServerPort
    int port;
    @Value("${accord.demo.password}")
    String password;
    @Autowired
    IssuedReports issuedReports;
    @Autowired
    UserDetailsService userDetails;

    private Browser browser;
    private SignedIn signedIn;

    @BeforeEach
    void openBrowser() {
        signedIn = new SignedIn(userDetails);
        browser = Browser.open(URI.create("http://localhost:" + port + "/"));
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void executiveDownloadsADraftTheProgramManagerIssuesItAndVerifyTellsTheIssuedCopyFromTheDraft() throws Exception {
        LoginPage.open(browser).signIn("napolitano", password);
        ReportsPage reports = ReportsPage.open(browser).period(DEMO_PERIOD).choose("report-language", SIDE_BY_SIDE);
        assertThat(reports.chosen("report-language")).isEqualTo(SIDE_BY_SIDE);
        assertThat(reports.chosen("report-period")).startsWith(DEMO_PERIOD + " ");
        reports.generate();
        assertThat(reports.progressBarShown()).isTrue();
        Path draft = reports.download();
        assertThat(reports.status()).isEqualTo("The report is ready.");
        assertThat(draft.getFileName().toString()).startsWith("accord-report-2012-Q2-all-bilateral-side_by_side-")
                .endsWith(".pdf");
        byte[] draftBytes = Files.readAllBytes(draft);
        assertThat(new String(draftBytes, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(browser.severeConsoleMessages()).isEmpty();
        new PortalPage(browser).signOut();

        LoginPage.open(browser).signIn("pm.us", password);
        ReportsPage issuing = ReportsPage.open(browser).period(DEMO_PERIOD).choose("report-language", SIDE_BY_SIDE);
        assertThat(issuing.chosen("report-format")).isEqualTo("PDF (tagged, accessible)");
        assertThat(issuing.chosen("report-scope-kind")).isEqualTo("All agreements");
        // Another test may have issued this report already: the dialog then asks why a new version replaces it.
        String identifier = issuing.issue("Issued again by the report journey in the browser");
        assertThat(identifier).startsWith("ACR-2012-Q2-ALL-ENES-PDF-");
        Path issued = issuing.awaitIssued(identifier).downloadIssued(identifier);
        assertThat(issued.getFileName().toString()).isEqualTo(identifier + ".pdf");
        byte[] issuedBytes = Files.readAllBytes(issued);
        byte[] stored = signedIn.as("pm.us", () -> {
            Verification byIdentifier = issuedReports.verifyIdentifier(identifier);
            return issuedReports.download(byIdentifier.report().id()).content();
        });
        assertThat(Arrays.equals(issuedBytes, stored)).as("the browser saved the issued bytes unchanged").isTrue();
        assertThat(browser.severeConsoleMessages()).isEmpty();
        new PortalPage(browser).signOut();

        LoginPage.open(browser).signIn("meade", password);
        ReportsPage.Verdict ofIssued = ReportsPage.verify(browser, issued);
        assertThat(ofIssued.outcome()).isEqualTo("current");
        assertThat(ofIssued.text()).contains("Es un informe emitido").contains(identifier);
        ReportsPage.Verdict ofDraft = ReportsPage.verify(browser, draft);
        assertThat(ofDraft.outcome()).isEqualTo("not-issued");
        assertThat(ofDraft.text()).contains("No es un informe emitido").doesNotContain(identifier);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }
}
