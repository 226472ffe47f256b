package org.accord.shared;

import java.time.Instant;

public record EvidenceFile(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                           Instant uploadedAt) {
}
