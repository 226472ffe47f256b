package org.accord.portal.ui.agreement;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import org.accord.agreement.DocumentInfo;
import org.accord.agreement.SignedText;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.FileDownloads;

/** The signed text: a download link when there is one, and the upload for those who may replace it. */
class SignedTextPanel extends VerticalLayout {

    final Anchor download;
    final Span none = new Span();
    final Span uploaded = new Span();
    final Upload upload;
    final Span error = new Span();

    SignedTextPanel(boolean mayEdit, Supplier<Optional<SignedText>> signedText, BiConsumer<String, byte[]> received) {
        setId("agreement-text");
        setPadding(false);
        setSpacing(false);
        download = new Anchor(DownloadHandler.fromInputStream(event -> signedText.get()
                .map(signed -> FileDownloads.attachment(event, signed.filename(), "application/pdf", signed.content()))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), AttachmentType.DOWNLOAD, "");
        download.setId("agreement-text-download");
        none.setText(getTranslation("agreement.text.none"));
        uploaded.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        upload = PdfUpload.create(received);
        upload.setVisible(mayEdit);
        upload.addFileRejectedListener(event -> showError(event.getErrorMessage()));
        upload.addStartedListener(event -> error.setVisible(false));
        error.setId("agreement-text-error");
        error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
        error.getElement().setAttribute("role", "alert");
        error.setVisible(false);
        add(new H2(getTranslation("agreement.text")), download, none, uploaded, upload, error);
    }

    void show(Optional<DocumentInfo> text) {
        download.setVisible(text.isPresent());
        none.setVisible(text.isEmpty());
        uploaded.setVisible(text.isPresent());
        text.ifPresent(info -> {
            download.setText(getTranslation("agreement.text.download", info.filename()));
            uploaded.setText(getTranslation("agreement.text.uploaded", Dates.dateTime(info.uploadedAt()),
                    info.uploadedBy(), Math.max(1, Math.round(info.sizeBytes() / 1024.0))));
        });
    }

    void accepted() {
        error.setVisible(false);
        upload.clearFileList();
    }

    void showError(String message) {
        error.setText(message);
        error.setVisible(true);
        upload.clearFileList();
    }
}
