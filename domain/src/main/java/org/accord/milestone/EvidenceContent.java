package org.accord.milestone;

public record EvidenceContent(String fileName, String contentType, byte[] content) {
}
