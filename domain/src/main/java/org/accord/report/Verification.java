package org.accord.report;

/**
 * The answer to "is this an issued report?": {@code report} is the issued report the file, identifier or hash
 * belongs to, or null when it is none; {@code current} is the latest version of the same report when a later one
 * superseded it. {@code sha256} and {@code sizeBytes} describe the uploaded file (null and -1 for a typed check).
 */
public record Verification(String sha256, long sizeBytes, IssuedReportView report, IssuedReportView current) {

    public boolean issued() {
        return report != null;
    }

    public boolean superseded() {
        return report != null && report.superseded();
    }
}
