package org.accord.report.pdf;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Document metadata, written to the XMP packet and the Info dictionary; the language is the catalog's /Lang. A null
 * creation time means now.
 */
public record DocumentInfo(String title, String subject, String author, Locale language, Conformance conformance,
        Instant created) {

    public DocumentInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(conformance, "conformance");
        created = created == null ? Instant.now() : created;
        if (title.isBlank()) {
            throw new IllegalArgumentException("A PDF/UA document needs a title");
        }
    }
}
