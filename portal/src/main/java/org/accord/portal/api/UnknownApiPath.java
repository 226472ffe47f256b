package org.accord.portal.api;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other path under the API is a 404 problem, not the portal's page for an unknown route; the readable page of
 * the OpenAPI document (swagger-ui, its static files) is left to springdoc.
 */
@Hidden
@RestController
class UnknownApiPath {

    @RequestMapping("/api/v1/{first:(?!swagger-ui$|docs$).+}/**")
    void unknown() {
        throw ApiProblem.notFound();
    }
}
