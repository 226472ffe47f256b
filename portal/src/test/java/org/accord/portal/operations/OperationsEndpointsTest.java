package org.accord.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.accord.PortalTest;
import org.accord.testsupport.Health;
import org.accord.portal.security.PortalClient;
import org.accord.report.ReportFormat;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportProgress;
import org.accord.report.ReportRequest;
import org.accord.report.ReportScope;
import org.accord.report.Reports;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalManagementPort;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Actuator on the management port: probes, health with its parts, info, and the portal's own metrics. */
@PortalTest
class OperationsEndpointsTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @LocalServerPort
    int port;
    @LocalManagementPort
    int managementPort;
    @Value("${accord.demo.password}")
    String password;
    @Autowired
    Reports reports;
    @Autowired
    UserDetailsService userDetails;

    @Test
    void livenessAndReadinessAreUpWithTheDatabase() {
        assertThat(managementPort).isNotEqualTo(port);
        HttpResponse<String> liveness = management("/actuator/health/liveness");
        assertThat(liveness.statusCode()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"status\":\"UP\"");
        HttpResponse<String> readiness = management("/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"db\"", "\"readinessState\"").doesNotContain("\"mail\"");
    }

    @Test
    void healthShowsTheDatabaseAndTheMailServer() {
        String health = management("/actuator/health").body();
        assertThat(Health.of(health, "db")).isEqualTo("UP");
        assertThat(Health.of(health, "mail")).isIn("UP", "DOWN");
        assertThat(Health.of(health, "livenessState")).isEqualTo("UP");
    }

    @Test
    void infoNamesTheVersionAndBuildTime() {
        String info = management("/actuator/info").body();
        assertThat(info).contains("\"build\":", "\"version\":\"0.1.0-SNAPSHOT\"", "\"time\":", "\"java\":");
    }

    @Test
    void actuatorIsNotOnThePortalsOwnPort() {
        HttpResponse<String> onPortal = get(port, "/actuator/health");
        assertThat(onPortal.body()).doesNotContain("\"status\":\"UP\"");
    }

    @Test
    void prometheusScrapeHoldsThePortalsMetricsAndCountsSignInsAndReports() {
        double signInsBefore = metric("accord_sign_ins_total\\{.*outcome=\"success\".*\\}");
        double failuresBefore = metric("accord_sign_ins_total\\{.*outcome=\"failure\".*\\}");
        new PortalClient(port).login("pm.us", password);
        new PortalClient(port).login("pm.us", "not the password");
        double csvBefore = metric("accord_reports_seconds_count\\{.*format=\"CSV\".*kind=\"draft\".*\\}");
        var signedIn = new SignedIn(userDetails);
        signedIn.as("pm.us", () -> {
            long period = reports.periods().stream().filter(p -> "2012-Q2".equals(p.code())).findFirst().orElseThrow()
                    .id();
            return reports.write(ReportRequest.bilateral(period, ReportScope.all(), ReportLanguage.EN,
                    ReportFormat.CSV), new ByteArrayOutputStream(), ReportProgress.NONE);
        });

        String scrape = management("/actuator/prometheus").body();
        assertThat(scrape).contains("accord_sessions_open", "accord_uis_open", "accord_accounts_locked",
                "accord_mail_queue{", "status=\"pending\"", "status=\"held\"", "accord_mail_retrying",
                "accord_mail_sent_total", "accord_reminders_sent_total", "jvm_memory_used_bytes",
                "hikaricp_connections_active");
        assertThat(metric("accord_sign_ins_total\\{.*outcome=\"success\".*\\}")).isEqualTo(signInsBefore + 1);
        assertThat(metric("accord_sign_ins_total\\{.*outcome=\"failure\".*\\}")).isEqualTo(failuresBefore + 1);
        assertThat(metric("accord_reports_seconds_count\\{.*format=\"CSV\".*kind=\"draft\".*\\}"))
                .isEqualTo(csvBefore + 1);
    }

    /** A sample's value in the scrape, 0 when the series has none yet. */
    private double metric(String series) {
        Matcher sample = Pattern.compile("(?m)^" + series + " ([0-9.E+-]+)$")
                .matcher(management("/actuator/prometheus").body());
        return sample.find() ? Double.parseDouble(sample.group(1)) : 0;
    }

    private HttpResponse<String> management(String path) {
        return get(managementPort, path);
    }

    private HttpResponse<String> get(int onPort, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + onPort + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
