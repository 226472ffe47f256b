package org.accord.report;

/**
 * The file the renderer drew for an issued report: its bytes, name and type, the SHA-256 of the data attached to
 * an issued PDF (null for other formats), its page count (0 when it has no pages) and the facts it showed.
 */
public record IssuedContent(byte[] content, String fileName, String contentType, String dataSha256, int pages,
                            ReportFacts facts) {
}
