package org.accord.portal.operations;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.accord.shared.BulkReads;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A request reads the signed-in person, parties, agencies and the filters' choices once, however many of its
 * services ask for them ({@link BulkReads#duringRequest}); a transaction that writes makes it read them again.
 */
class RequestReads extends OncePerRequestFilter {

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            BulkReads.duringRequest(() -> {
                try {
                    chain.doFilter(request, response);
                } catch (IOException | ServletException e) {
                    throw new Failed(e);
                }
                return null;
            });
        } catch (Failed failed) {
            if (failed.getCause() instanceof IOException io) {
                throw io;
            }
            throw (ServletException) failed.getCause();
        }
    }

    private static final class Failed extends RuntimeException {
        Failed(Exception cause) {
            super(cause);
        }
    }
}
