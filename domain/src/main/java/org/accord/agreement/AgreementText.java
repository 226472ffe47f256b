package org.accord.agreement;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/** The signed text of an agreement, as an uploaded PDF kept in the database. */
@Entity
@Table(name = "agreement_document")
class AgreementText {

    static final long MAX_BYTES = 20L * 1024 * 1024;

    @Id
    @Column(name = "agreement_id")
    private Long agreementId;

    @Column(nullable = false, length = 255)
    private String filename;

    @Column(name = "content_type", nullable = false, length = 100)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, columnDefinition = "longblob")
    private byte[] content;

    @Column(name = "uploaded_at", nullable = false)
    private Instant uploadedAt;

    @Column(name = "uploaded_by", nullable = false, length = 60)
    private String uploadedBy;

    /** Null until stored: the id is the agreement's, so the version tells a new text from a stored one. */
    @Version
    private Long version;

    protected AgreementText() {
    }

    AgreementText(long agreementId) {
        this.agreementId = agreementId;
    }

    void replace(String filename, byte[] content, Instant at, String by) {
        this.filename = filename;
        this.contentType = "application/pdf";
        this.sizeBytes = content.length;
        this.content = content;
        this.uploadedAt = at;
        this.uploadedBy = by;
    }

    /** A PDF starts with "%PDF-" whatever its name says. */
    static boolean isPdf(byte[] content) {
        return content != null && content.length >= 5 && content[0] == '%' && content[1] == 'P' && content[2] == 'D'
                && content[3] == 'F' && content[4] == '-';
    }

    /** "dop-2012.pdf · SHA-256 3f9a2c71b0d4", for the history: a replaced file with the same name still shows. */
    String describe() {
        if (content == null) {
            return null;
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
            return filename + " · SHA-256 " + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    Long getVersion() {
        return version;
    }

    byte[] getContent() {
        return content;
    }

    String getFilename() {
        return filename;
    }
}
