package org.accord.report;

import java.nio.file.Files;
import java.nio.file.Path;
import org.accord.PortalTest;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Writes {@code docs/sample-issued-report-2012-Q2.pdf}: the side-by-side bilateral report of the demo period, all
 * agreements, issued by the program manager {@code pm.us} through the portal's own services on a fresh demo
 * database. Not part of {@code verify}; run it with
 * {@code ./mvnw -pl portal -am test -Dtest=SampleIssuedReport -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@PortalTest
class SampleIssuedReport {

    static final Path SAMPLE = Path.of("..", "docs", "sample-issued-report-2012-Q2.pdf");

    @Autowired
    Reports reports;
    @Autowired
    IssuedReports issuedReports;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void writesTheIssuedDemoReportIntoTheDocs() throws Exception {
        var signedIn = new SignedIn(userDetails);
        long period = signedIn.as("pm.us", () -> reports.periods().stream()
                .filter(p -> "2012-Q2".equals(p.code())).findFirst().orElseThrow().id());
        var request = ReportRequest.bilateral(period, ReportScope.all(), ReportLanguage.SIDE_BY_SIDE, ReportFormat.PDF);
        IssuedReportView issued = signedIn.as("pm.us", () -> reports.issue(request, null, null, ReportProgress.NONE));
        byte[] pdf = signedIn.as("napolitano", () -> issuedReports.download(issued.id()).content());
        Files.write(SAMPLE, pdf);
        System.out.printf("%nWrote %s: %s, %d pages, SHA-256 %s%n", SAMPLE.toAbsolutePath().normalize(),
                issued.identifier(), issued.pages(), issued.sha256());
    }
}
