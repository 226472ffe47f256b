package org.accord.portal.api;

import org.springframework.http.HttpStatus;

/**
 * A refusal the API answers as RFC 9457 problem details: the status, a message key under {@code api.problem.}
 * for the title and detail, and the detail's arguments.
 */
public class ApiProblem extends RuntimeException {

    private final HttpStatus status;
    private final String key;
    private final transient Object[] arguments;

    public ApiProblem(HttpStatus status, String key, Object... arguments) {
        super(key);
        this.status = status;
        this.key = key;
        this.arguments = arguments;
    }

    public static ApiProblem notFound() {
        return new ApiProblem(HttpStatus.NOT_FOUND, "not-found");
    }

    public HttpStatus status() {
        return status;
    }

    public String key() {
        return key;
    }

    public Object[] arguments() {
        return arguments;
    }
}
