package org.accord.portal.ui;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.function.BiConsumer;

/**
 * The upload of one evidence file: PDF, PNG, JPEG or plain text of at most {@code maxBytes}. The browser checks
 * type and size first, the server stops larger requests, the service checks the content. Milestones and tasks
 * use it, each with its own size limit and messages.
 */
public final class EvidenceUpload {

    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private EvidenceUpload() {
    }

    public static Upload create(long maxBytes, String tooLargeKey, String kindKey,
                                BiConsumer<String, byte[]> received) {
        var upload = new Upload(new InMemoryUploadHandler((metadata, content) -> received.accept(metadata.fileName(), content)) {
            @Override
            public long getFileSizeMax() {
                return maxBytes;
            }

            @Override
            public long getRequestSizeMax() {
                return maxBytes + REQUEST_OVERHEAD;
            }
        });
        upload.setId("evidence-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) maxBytes);
        upload.setAcceptedFileTypes("application/pdf", "image/png", "image/jpeg", "text/plain", ".pdf", ".png", ".jpg",
                ".jpeg", ".txt");
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add"))
                .setMany(upload.getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop"))
                .setMany(upload.getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.one-file"))
                .setFileIsTooBig(upload.getTranslation(tooLargeKey))
                .setIncorrectFileType(upload.getTranslation(kindKey)));
        i18n.setFile(new UploadI18N.File().setRemove(upload.getTranslation("upload.remove"))
                .setRetry(upload.getTranslation("upload.retry")).setStart(upload.getTranslation("upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.connecting"))
                        .setStalled(upload.getTranslation("upload.stalled"))
                        .setProcessing(upload.getTranslation("upload.processing"))
                        .setHeld(upload.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining"))
                        .setUnknown(upload.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(upload.getTranslation("upload.failed"))
                        .setUnexpectedServerError(upload.getTranslation("upload.failed"))
                        .setForbidden(upload.getTranslation("upload.failed"))
                        .setFileTooLarge(upload.getTranslation(tooLargeKey))));
        upload.setI18n(i18n);
        return upload;
    }
}
