package org.accord.portal.browser;

import static org.accord.agreement.AgreementDrafts.newAgreement;
import static org.accord.agreement.AgreementDrafts.pdf;
import static org.accord.agreement.AgreementDrafts.uniqueCode;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.accord.PortalTest;
import org.accord.SignedIn;
import org.accord.agreement.Agreements;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The signed text's upload through the real HTTP path: several megabytes, and a file that only claims to be a PDF. */
@ExtendWith(RequiresChromium.class)
@PortalTest
class AgreementTextBrowserTest {

    private final URI portal;
    private final String password;
    private final Agreements agreements;
    private final UserDetailsService accounts;
    private Browser browser;

    @Autowired
    AgreementTextBrowserTest(@LocalServerPort int port, @Value("${accord.demo.password}") String password,
                             Agreements agreements, UserDetailsService accounts) {
        this.portal = URI.create("http://localhost:" + port + "/");
        this.password = password;
        this.agreements = agreements;
        this.accounts = accounts;
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.open(portal);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void programManagerUploadsASignedTextOfSeveralMegabytes(@TempDir Path files) throws IOException {
        long id = newAgreementAsProgramManager();
        byte[] start = pdf("Declaration of Principles");
        byte[] large = Arrays.copyOf(start, 3 * 1024 * 1024);
        Arrays.fill(large, start.length, large.length, (byte) ' ');
        Path file = Files.write(files.resolve("dop-2012.pdf"), large);
        LoginPage.open(browser).signIn("pm.us", password);

        String link = AgreementPage.open(browser, id).upload(file).awaitDownloadLink();

        assertThat(link).isEqualTo("Download dop-2012.pdf");
        assertThat(SignedIn.as(accounts, "pm.us", () -> agreements.text(id)).orElseThrow().content()).isEqualTo(large);
        assertThat(browser.severeConsoleMessages()).isEmpty();
    }

    @Test
    void fileThatOnlyClaimsToBeAPdfIsRefusedWithTheServicesMessage(@TempDir Path files) throws IOException {
        long id = newAgreementAsProgramManager();
        Path file = Files.writeString(files.resolve("agreement.pdf"), "<html>not a PDF</html>");
        LoginPage.open(browser).signIn("pm.us", password);

        String error = AgreementPage.open(browser, id).upload(file).awaitUploadError();

        assertThat(error).isEqualTo("This file is not a PDF. Upload the signed text as a PDF.");
        assertThat(SignedIn.as(accounts, "pm.us", () -> agreements.text(id))).isEmpty();
    }

    private long newAgreementAsProgramManager() {
        return SignedIn.as(accounts, "pm.us", () -> agreements.save(newAgreement(uniqueCode())));
    }
}
