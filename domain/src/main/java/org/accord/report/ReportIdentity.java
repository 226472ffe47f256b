package org.accord.report;

import java.time.Instant;

/**
 * Who an issued report is, given to the renderer before it draws the file so that the file can print it:
 * {@code identifier} (like {@code ACR-2012-Q2-ALL-EN-PDF-1}) is unique, {@code verifyUrl} is the page where anyone
 * signed in checks a copy, {@code issuedBy} the issuer's display name.
 */
public record ReportIdentity(String identifier, int version, String verifyUrl, Instant issuedAt, String issuedBy) {
}
