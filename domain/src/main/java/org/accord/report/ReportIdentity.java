package org.accord.report;

import java.time.Instant;

public record ReportIdentity(String identifier, int version, String verifyUrl, Instant issuedAt, String issuedBy) {
}
