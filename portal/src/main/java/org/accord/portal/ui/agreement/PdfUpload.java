package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.server.streams.InMemoryUploadHandler;
import java.util.function.BiConsumer;
import org.accord.agreement.Agreements;

/**
 * The upload of one signed text: a PDF of at most 20 MB. The browser checks type and size first, the server
 * stops larger requests, the service checks the content. A plain {@link Upload}: Vaadin's upload tester cannot
 * drive a subclass.
 */
final class PdfUpload {

    /** Multipart framing around the file. */
    private static final long REQUEST_OVERHEAD = 64 * 1024;

    private PdfUpload() {
    }

    static Upload create(BiConsumer<String, byte[]> received) {
        var upload = new Upload(new InMemoryUploadHandler((metadata, content) -> received.accept(metadata.fileName(), content)) {
            @Override
            public long getFileSizeMax() {
                return Agreements.MAX_TEXT_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return Agreements.MAX_TEXT_BYTES + REQUEST_OVERHEAD;
            }
        });
        upload.setId("agreement-text-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Agreements.MAX_TEXT_BYTES);
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setI18n(i18n(upload));
        return upload;
    }

    private static UploadI18N i18n(Upload upload) {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(upload.getTranslation("upload.add")).setMany(upload.getTranslation("upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(upload.getTranslation("upload.drop"))
                .setMany(upload.getTranslation("upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(upload.getTranslation("upload.one-file"))
                .setFileIsTooBig(upload.getTranslation("agreement.text.too-large"))
                .setIncorrectFileType(upload.getTranslation("agreement.text.not-pdf")));
        i18n.setFile(new UploadI18N.File().setRemove(upload.getTranslation("upload.remove"))
                .setRetry(upload.getTranslation("upload.retry")).setStart(upload.getTranslation("upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(upload.getTranslation("upload.connecting"))
                        .setStalled(upload.getTranslation("upload.stalled")).setProcessing(upload.getTranslation("upload.processing"))
                        .setHeld(upload.getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(upload.getTranslation("upload.remaining")).setUnknown(upload.getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(upload.getTranslation("upload.failed"))
                        .setUnexpectedServerError(upload.getTranslation("upload.failed"))
                        .setForbidden(upload.getTranslation("upload.failed"))
                        .setFileTooLarge(upload.getTranslation("agreement.text.too-large"))));
        return i18n;
    }
}
