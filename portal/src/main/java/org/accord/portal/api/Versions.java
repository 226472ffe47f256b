package org.accord.portal.api;

import org.springframework.http.HttpStatus;

/** ETags from a record's version, and the {@code If-Match} a write needs: 428 without it, 412 when stale. */
public final class Versions {

    private Versions() {
    }

    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    /** The version the caller read, which must still be {@code current}. */
    public static long requireMatch(String ifMatch, long current) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiProblem(HttpStatus.PRECONDITION_REQUIRED, "if-match-required");
        }
        String tag = ifMatch.trim();
        if (tag.equals("*")) {
            return current;
        }
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (!tag.equals(etag(current))) {
            throw new ApiProblem(HttpStatus.PRECONDITION_FAILED, "stale", etag(current));
        }
        return current;
    }
}
