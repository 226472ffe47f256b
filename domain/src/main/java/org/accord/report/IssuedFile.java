package org.accord.report;

/** An issued report's file as it was issued. */
public record IssuedFile(String fileName, String contentType, byte[] content) {
}
