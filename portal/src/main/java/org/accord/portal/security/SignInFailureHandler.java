package org.accord.portal.security;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accord.portal.config.DatabaseOutage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;

/**
 * Back to the sign-in page after a failed sign-in: {@code ?error} for anything the user can correct (it never says
 * which), {@code ?unavailable} when the database could not be reached to check the account. It logs internal errors
 * itself (application.properties silences Spring Security's filter, which logs a stack trace even for a database
 * away).
 */
class SignInFailureHandler implements AuthenticationFailureHandler {

    private static final Logger log = LoggerFactory.getLogger(SignInFailureHandler.class);

    static final String WRONG = "/login?error";
    static final String UNAVAILABLE = "/login?unavailable";

    private final AuthenticationFailureHandler wrong = new SimpleUrlAuthenticationFailureHandler(WRONG);
    private final AuthenticationFailureHandler unavailable = new SimpleUrlAuthenticationFailureHandler(UNAVAILABLE);

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException exception) throws IOException, ServletException {
        if (DatabaseOutage.isCause(exception)) {
            log.warn("A sign-in from {} could not be checked or audited: the database is unavailable",
                    request.getRemoteAddr());
            unavailable.onAuthenticationFailure(request, response, exception);
        } else {
            if (exception instanceof InternalAuthenticationServiceException) {
                log.error("An internal error occurred while signing in", exception);
            }
            wrong.onAuthenticationFailure(request, response, exception);
        }
    }
}
