package org.accord.agreement;

import java.time.Instant;

/** What the agreement page says about an uploaded text; its version to replace it. */
public record DocumentInfo(String filename, long sizeBytes, Instant uploadedAt, String uploadedBy, long version) {
}
