package org.accord.report;

/** The data an issued PDF carries inside it, with the SHA-256 its footer prints. */
record ReportAttachment(String fileName, String contentType, byte[] content, String sha256) {
}
