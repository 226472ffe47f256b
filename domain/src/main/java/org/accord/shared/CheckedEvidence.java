package org.accord.shared;

/**
 * An evidence file that passed the checks: at most {@link #MAX_BYTES}, a PDF, PNG, JPEG or plain text file by its
 * content whatever its name says, and a name of at most 255 characters.
 */
public record CheckedEvidence(String fileName, String contentType, byte[] content) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    /** Refuses at the field "evidence" with the feature's own message keys, for a file too large or of another kind. */
    public static CheckedEvidence check(String fileName, byte[] content, String tooLargeKey, String wrongKindKey) {
        if (content != null && content.length > MAX_BYTES) {
            throw new InvalidInputException("evidence", tooLargeKey);
        }
        String contentType = EvidenceKind.contentTypeOf(content)
                .orElseThrow(() -> new InvalidInputException("evidence", wrongKindKey));
        String name = fileName == null || fileName.isBlank() ? "evidence" : fileName.strip();
        return new CheckedEvidence(name.length() > 255 ? name.substring(name.length() - 255) : name, contentType,
                content);
    }
}
