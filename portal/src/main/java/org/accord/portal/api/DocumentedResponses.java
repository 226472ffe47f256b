package org.accord.portal.api;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.List;
import java.util.Map;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.method.HandlerMethod;

/**
 * The refusals each operation documents, from what it is: every call may be refused for its token (401) or its rate
 * (429); a path with an id may name nothing (404); a list's parameters may be invalid, and so may a write's body
 * (400); a write may be refused to a read-only token or to the caller's role (403); a write with If-Match may lack
 * it (428) or carry a stale one (412). The API's contract test produces each of them.
 */
@Component
class DocumentedResponses implements OperationCustomizer {

    static final String PROBLEM = "#/components/schemas/Problem";

    private static final Map<String, String> REFUSALS = Map.of(
            "400", "Invalid parameters or body: the problem names each field",
            "401", "No token, or one that is unknown, expired, revoked or of a disabled account",
            "403", "Not allowed: a read-only token writing, or the caller's role or party",
            "404", "No such record, or not the caller's to see",
            "412", "If-Match is not the record's current ETag: read it again",
            "428", "If-Match is missing",
            "429", "Too many requests for this token: retry after Retry-After seconds");

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        List<Parameter> parameters = operation.getParameters() == null ? List.of() : operation.getParameters();
        boolean write = !handler.hasMethodAnnotation(GetMapping.class);
        refusal(operation, "401");
        refusal(operation, "429");
        if (parameters.stream().anyMatch(parameter -> "path".equals(parameter.getIn()))) {
            refusal(operation, "404");
        }
        if (write || parameters.stream().anyMatch(parameter -> "query".equals(parameter.getIn()))) {
            refusal(operation, "400");
        }
        if (write) {
            refusal(operation, "403");
        }
        if (parameters.stream().anyMatch(parameter -> "If-Match".equals(parameter.getName()))) {
            refusal(operation, "412");
            refusal(operation, "428");
        }
        return operation;
    }

    private static void refusal(Operation operation, String status) {
        if (operation.getResponses().containsKey(status)) {
            return;
        }
        operation.getResponses().addApiResponse(status, new ApiResponse().description(REFUSALS.get(status))
                .content(new Content().addMediaType("application/problem+json",
                        new MediaType().schema(new Schema<>().$ref(PROBLEM)))));
    }
}
