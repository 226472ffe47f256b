package org.accord.shared;

public record EvidenceContent(String fileName, String contentType, byte[] content) {
}
