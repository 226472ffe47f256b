package org.accord.portal.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Log lines written while a request is served carry its correlation id, which the response sends back. */
@PortalTest
@ExtendWith(OutputCaptureExtension.class)
class RequestLogContextTest {

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @LocalServerPort
    int port;

    @Test
    void theLoadBalancersRequestIdIsSentBackAndNamedInTheLogOfAFailedSignIn(CapturedOutput output) {
        send(HttpRequest.newBuilder(uri("/login")).GET().build());
        HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header(RequestLogContext.HEADER, "lb-7f3a-0042")
                .POST(HttpRequest.BodyPublishers.ofString("username=pm.us&password=not+the+password")).build());

        assertThat(refused.headers().firstValue(RequestLogContext.HEADER)).hasValue("lb-7f3a-0042");
        assertThat(output.getAll().lines().filter(line -> line.contains("Login failed for 'pm.us'")))
                .anySatisfy(line -> assertThat(line).contains("[lb-7f3a-0042 "));
    }

    @Test
    void aRequestIdThatIsNotPlainIsReplacedByOneOfTheNodesOwn() {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/login"))
                .header(RequestLogContext.HEADER, "<script>alert(1)</script>").GET().build());
        assertThat(page.headers().firstValue(RequestLogContext.HEADER)).get().asString()
                .matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
        HttpResponse<String> without = send(HttpRequest.newBuilder(uri("/login")).GET().build());
        assertThat(without.headers().firstValue(RequestLogContext.HEADER)).isPresent()
                .isNotEqualTo(page.headers().firstValue(RequestLogContext.HEADER));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
