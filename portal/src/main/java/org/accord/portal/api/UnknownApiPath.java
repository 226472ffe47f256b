package org.accord.portal.api;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.RequestPath;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * Any other request under the API is a problem, not the portal's page for an unknown route: 405 where the path is
 * the API's with other methods, 404 otherwise. The readable page of the OpenAPI document is left to springdoc.
 */
@Hidden
@RestController
class UnknownApiPath {

    private final ApplicationContext context;

    UnknownApiPath(ApplicationContext context) {
        this.context = context;
    }

    @RequestMapping("/api/v1/{first:(?!swagger-ui$|docs$).+}/**")
    void unknown(HttpServletRequest request, HttpServletResponse response) {
        Set<String> allowed = allowedMethods(request);
        if (allowed.isEmpty()) {
            throw ApiProblem.notFound();
        }
        response.setHeader(HttpHeaders.ALLOW, String.join(", ", allowed));
        throw new ApiProblem(HttpStatus.METHOD_NOT_ALLOWED, "method", request.getMethod());
    }

    private Set<String> allowedMethods(HttpServletRequest request) {
        var path = ServletRequestPathUtils.getParsedRequestPath(request);
        Set<String> allowed = new TreeSet<>();
        context.getBean("requestMappingHandlerMapping", RequestMappingHandlerMapping.class)
                .getHandlerMethods().forEach((mapping, handler) -> {
            if (handler.getBeanType() != UnknownApiPath.class && matches(mapping, path)) {
                mapping.getMethodsCondition().getMethods().forEach(method -> allowed.add(method.name()));
            }
        });
        return allowed;
    }

    private static boolean matches(RequestMappingInfo mapping, RequestPath path) {
        return mapping.getPathPatternsCondition() != null && mapping.getPathPatternsCondition().getPatterns()
                .stream().anyMatch(pattern -> pattern.matches(path.pathWithinApplication()));
    }
}
