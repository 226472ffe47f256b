package org.accord.portal.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.accord.PortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI document is public, 3.1, and names every operation the API's controllers serve. */
@PortalTest
class OpenApiDocumentTest {

    @LocalServerPort
    int port;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void documentIsOpenApi31AndNeedsNoToken() {
        var document = new ApiClient(port).get("/api/v1/openapi.json", null);

        assertThat(document.statusCode()).isEqualTo(200);
        assertThat((String) JsonPath.read(document.body(), "$.openapi")).startsWith("3.1");
        assertThat((String) JsonPath.read(document.body(), "$.components.securitySchemes.bearer.scheme"))
                .isEqualTo("bearer");
        assertThat(document.headers().allValues("Set-Cookie")).isEmpty();
    }

    @Test
    void everyOperationOfTheControllersIsDocumented() {
        Set<String> served = new TreeSet<>();
        mappings.getHandlerMethods().forEach((mapping, handler) -> {
            if (handler.getBeanType().getPackageName().startsWith("org.accord.portal.api")
                    && !handler.getBeanType().isAnnotationPresent(io.swagger.v3.oas.annotations.Hidden.class)) {
                mapping.getPathPatternsCondition().getPatternValues().forEach(path -> mapping.getMethodsCondition()
                        .getMethods().forEach(method -> served.add(method + " " + path)));
            }
        });
        Map<String, Map<String, Object>> paths = JsonPath.read(new ApiClient(port).get("/api/v1/openapi.json", null)
                .body(), "$.paths");
        Set<String> documented = new TreeSet<>();
        paths.forEach((path, operations) -> operations.keySet()
                .forEach(method -> documented.add(method.toUpperCase() + " " + path)));

        assertThat(served).hasSizeGreaterThan(20);
        assertThat(documented).containsExactlyInAnyOrderElementsOf(served);
    }

    @Test
    void readablePageIsServedWithoutATokenUnderAPolicyThatLetsItRun() {
        var api = new ApiClient(port);
        var entry = api.get("/api/v1/docs", null);
        String page = entry.headers().firstValue("Location").orElseThrow();

        var html = api.get(page, null);
        var script = api.get(page.replace("index.html", "swagger-ui-bundle.js"), null);

        assertThat(entry.statusCode()).isEqualTo(302);
        assertThat(html.statusCode()).isEqualTo(200);
        assertThat(html.body()).contains("swagger-ui");
        assertThat(html.headers().firstValue("Content-Security-Policy")).get().asString().contains("script-src 'self'");
        assertThat(script.statusCode()).isEqualTo(200);
        assertThat(html.headers().allValues("Set-Cookie")).isEmpty();
    }
}
