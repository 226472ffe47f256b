package org.accord.shared;

/**
 * An evidence file that passed the checks: at most {@link #MAX_BYTES}, a PDF, PNG, JPEG or plain text file by its
 * content whatever its name says, and a name of at most {@link #MAX_NAME_LENGTH} characters without control
 * characters.
 */
public record CheckedEvidence(String fileName, String contentType, byte[] content) {

    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public static final int MAX_NAME_LENGTH = 255;

    /** Refuses at the field "evidence" with the feature's own message keys, for a file too large or of another kind. */
    public static CheckedEvidence check(String fileName, byte[] content, String tooLargeKey, String wrongKindKey) {
        if (content != null && content.length > MAX_BYTES) {
            throw new InvalidInputException("evidence", tooLargeKey);
        }
        String contentType = EvidenceKind.contentTypeOf(content)
                .orElseThrow(() -> new InvalidInputException("evidence", wrongKindKey));
        String name = TypedText.line("evidence", fileName, MAX_NAME_LENGTH);
        return new CheckedEvidence(name == null ? "evidence" : name, contentType, content);
    }
}
