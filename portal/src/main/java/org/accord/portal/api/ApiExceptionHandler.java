package org.accord.portal.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.accord.shared.EditConflictException;
import org.accord.shared.InvalidInputException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.core.JacksonException;

/**
 * Every refusal of the API as RFC 9457 {@code application/problem+json}, titled and explained in the request's
 * language; a field error names the field. Nothing of the server's inner workings is ever in a problem.
 */
@RestControllerAdvice(basePackages = "org.accord.portal.api")
class ApiExceptionHandler {

    static final String TYPE_BASE = "urn:accord:problem:";
    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final ApiTexts texts;

    ApiExceptionHandler(ApiTexts texts) {
        this.texts = texts;
    }

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> problem(ApiProblem problem, HttpServletRequest request) {
        return answer(request, problem.status(), problem.key(), problem.arguments());
    }

    @ExceptionHandler(InvalidInputException.class)
    ResponseEntity<ProblemDetail> invalid(InvalidInputException invalid, HttpServletRequest request) {
        return invalidFields(request, List.of(new FieldError(invalid.field(),
                texts.text(request, invalid.messageKey()))));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<ProblemDetail> violations(ConstraintViolationException violations, HttpServletRequest request) {
        return invalidFields(request, violations.getConstraintViolations().stream()
                .map(violation -> new FieldError(field(violation), message(violation, request)))
                .sorted((one, other) -> one.field().compareTo(other.field())).toList());
    }

    @ExceptionHandler({NoSuchElementException.class})
    ResponseEntity<ProblemDetail> missing(HttpServletRequest request) {
        return answer(request, HttpStatus.NOT_FOUND, "not-found");
    }

    /** The record is gone, or (on a write) changed since its version was checked. */
    @ExceptionHandler(EditConflictException.class)
    ResponseEntity<ProblemDetail> conflict(HttpServletRequest request) {
        return HttpMethod.GET.matches(request.getMethod())
                ? answer(request, HttpStatus.NOT_FOUND, "not-found")
                : answer(request, HttpStatus.PRECONDITION_FAILED, "changed");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(HttpServletRequest request) {
        return answer(request, HttpStatus.FORBIDDEN, "forbidden");
    }

    /** A value of the wrong type names its field; JSON that does not parse is a problem of the whole body. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        if (unreadable.getCause() instanceof JacksonException json && !json.getPath().isEmpty()
                && json.getPath().getLast().getPropertyName() != null) {
            return invalidFields(request, List.of(new FieldError(json.getPath().getLast().getPropertyName(),
                    texts.text(request, "api.problem.parameter.type"))));
        }
        return answer(request, HttpStatus.BAD_REQUEST, "body");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ResponseEntity<ProblemDetail> mismatch(MethodArgumentTypeMismatchException mismatch, HttpServletRequest request) {
        return invalidFields(request, List.of(new FieldError(mismatch.getName(),
                texts.text(request, "api.problem.parameter.value", String.valueOf(mismatch.getValue())))));
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ResponseEntity<ProblemDetail> missingParameter(MissingServletRequestParameterException missing,
                                                   HttpServletRequest request) {
        return invalidFields(request, List.of(new FieldError(missing.getParameterName(),
                texts.text(request, "api.problem.parameter.required"))));
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ResponseEntity<ProblemDetail> missingHeader(MissingRequestHeaderException missing, HttpServletRequest request) {
        return "If-Match".equalsIgnoreCase(missing.getHeaderName())
                ? answer(request, HttpStatus.PRECONDITION_REQUIRED, "if-match-required")
                : answer(request, HttpStatus.BAD_REQUEST, "header", missing.getHeaderName());
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    ResponseEntity<ProblemDetail> method(HttpServletRequest request) {
        return answer(request, HttpStatus.METHOD_NOT_ALLOWED, "method", request.getMethod());
    }

    @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
    ResponseEntity<ProblemDetail> mediaType(HttpServletRequest request) {
        return answer(request, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "media-type");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception exception, HttpServletRequest request) {
        log.error("API request {} {} failed", request.getMethod(), request.getRequestURI(), exception);
        return answer(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal");
    }

    private ResponseEntity<ProblemDetail> invalidFields(HttpServletRequest request, List<FieldError> errors) {
        ResponseEntity<ProblemDetail> answer = answer(request, HttpStatus.BAD_REQUEST, "invalid");
        answer.getBody().setProperty("errors", errors.stream()
                .map(error -> Map.of("field", error.field(), "message", error.message())).toList());
        return answer;
    }

    private ResponseEntity<ProblemDetail> answer(HttpServletRequest request, HttpStatus status, String key,
                                                 Object... arguments) {
        ProblemDetail problem = ProblemDetail.forStatus(status);
        problem.setType(URI.create(TYPE_BASE + key));
        problem.setTitle(texts.text(request, "api.problem." + key + ".title"));
        problem.setDetail(texts.text(request, "api.problem." + key + ".detail", arguments));
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String field(ConstraintViolation<?> violation) {
        String field = null;
        for (Path.Node node : violation.getPropertyPath()) {
            field = node.getName();
        }
        return field;
    }

    private String message(ConstraintViolation<?> violation, HttpServletRequest request) {
        String template = violation.getMessageTemplate();
        if (template.startsWith("{") && template.endsWith("}")) {
            String text = texts.text(request, template.substring(1, template.length() - 1));
            if (!text.startsWith("!")) {
                return text;
            }
        }
        return violation.getMessage();
    }

    private record FieldError(String field, String message) {
    }
}
