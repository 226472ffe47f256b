package org.accord.portal.security;

import org.accord.portal.config.DatabaseOutage;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;

/**
 * Checks the password against the account like Spring Security's own provider, and tells a database that could not
 * be reached apart: {@link DatabaseUnavailable} instead of an internal error, which Spring Security would log with
 * its stack trace as if the portal were broken.
 */
class DatabaseAwareAuthentication implements AuthenticationProvider {

    private final AuthenticationProvider accounts;

    DatabaseAwareAuthentication(AuthenticationProvider accounts) {
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        try {
            return accounts.authenticate(authentication);
        } catch (InternalAuthenticationServiceException failure) {
            if (DatabaseOutage.isCause(failure)) {
                throw new DatabaseUnavailable(failure);
            }
            throw failure;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return accounts.supports(authentication);
    }

    /** The account could not be checked: the database is away. */
    static final class DatabaseUnavailable extends AuthenticationServiceException {

        DatabaseUnavailable(Throwable cause) {
            super("The database is unavailable", cause);
        }
    }
}
