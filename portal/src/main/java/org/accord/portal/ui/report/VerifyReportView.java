package org.accord.portal.ui.report;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.TemporaryFileUploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Objects;
import org.accord.portal.ui.MainLayout;
import org.accord.portal.ui.TextLimits;
import org.accord.report.IssuedReportView;
import org.accord.report.IssuedReports;
import org.accord.report.Verification;
import org.accord.shared.InvalidInputException;

/**
 * Anyone who reads reports checks a copy: upload the file, or type the identifier or the data hash printed in its
 * footer, and see whether it is an issued report, which one, and whether a later version superseded it.
 */
@Route(value = "reports/verify", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "PROGRAM_MANAGER", "OVERSIGHT_LEAD", "EXECUTIVE"})
public class VerifyReportView extends VerticalLayout implements HasDynamicTitle {

    private static final long REQUEST_OVERHEAD = 64 * 1024;

    final Upload upload;
    final TextField typed = new TextField();
    final Button check = new Button();
    final Div result = new Div();

    private final IssuedReports reports;

    public VerifyReportView(IssuedReports reports) {
        this.reports = reports;
        setId("verify-report-view");
        upload = new Upload(new TemporaryFileUploadHandler((metadata, file) -> verifyFile(file)) {
            @Override
            public long getFileSizeMax() {
                return IssuedReports.MAX_VERIFY_BYTES;
            }

            @Override
            public long getRequestSizeMax() {
                return IssuedReports.MAX_VERIFY_BYTES + REQUEST_OVERHEAD;
            }
        });
        upload.setId("verify-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) IssuedReports.MAX_VERIFY_BYTES);
        upload.setI18n(uploadTexts());

        typed.setId("verify-typed");
        typed.setLabel(getTranslation("verify.typed"));
        typed.setHelperText(getTranslation("verify.typed.helper"));
        TextLimits.atMost(typed, 100);
        typed.setWidth("34em");
        check.setId("verify-check");
        check.setText(getTranslation("verify.check"));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        check.addClickListener(click -> verifyTyped());
        typed.addKeyDownListener(Key.ENTER, event -> verifyTyped());
        result.setId("verify-result");
        result.setWidthFull();

        var typing = new HorizontalLayout(typed, check);
        typing.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H1(getTranslation("verify.title")), new Paragraph(getTranslation("verify.intro")),
                new H2(getTranslation("verify.file")), upload, new H2(getTranslation("verify.printed")), typing,
                result);
    }

    private void verifyFile(File file) throws IOException {
        try (InputStream in = Files.newInputStream(file.toPath())) {
            verifyUpload(in);
        } finally {
            Files.deleteIfExists(file.toPath());
        }
    }

    /** Checks an uploaded file's bytes. */
    void verifyUpload(InputStream content) {
        typed.setInvalid(false);
        try {
            show(reports.verify(content), null);
        } catch (InvalidInputException refused) {
            showRefusal(getTranslation(refused.messageKey()));
        }
    }

    private void verifyTyped() {
        String text = typed.getValue();
        try {
            Verification answer = IssuedReports.looksLikeHash(text) ? reports.verifyData(text)
                    : reports.verifyIdentifier(text);
            typed.setInvalid(false);
            show(answer, text.strip());
        } catch (InvalidInputException refused) {
            typed.setErrorMessage(getTranslation(refused.messageKey()));
            typed.setInvalid(true);
            result.removeAll();
        }
    }

    private void show(Verification answer, String typedText) {
        result.removeAll();
        result.getElement().setAttribute("data-outcome", !answer.issued() ? "not-issued"
                : answer.superseded() ? "superseded" : "current");
        var card = new VerticalLayout();
        card.addClassName("verify-card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-l)");
        if (!answer.issued()) {
            card.add(new H2(getTranslation("verify.not-issued")));
            card.add(new Paragraph(typedText == null
                    ? getTranslation("verify.not-issued.file", answer.sha256())
                    : getTranslation("verify.not-issued.typed", typedText)));
        } else {
            IssuedReportView report = answer.report();
            card.add(new H2(getTranslation("verify.issued")));
            card.add(new Paragraph(ReportTexts.describe(report)));
            card.add(new Paragraph(ReportTexts.issued(report)));
            if (report.reason() != null) {
                card.add(new Paragraph(getTranslation("verify.replaces", report.supersedesIdentifier(),
                        report.reason())));
            }
            if (answer.superseded()) {
                IssuedReportView current = answer.current();
                card.add(new Paragraph(getTranslation("verify.superseded", report.supersededByIdentifier(),
                        current.identifier(), current.version(), ReportTexts.issued(current))));
                if (current.reason() != null && Objects.equals(current.supersedesId(), report.id())) {
                    card.add(new Paragraph(getTranslation("verify.superseded.reason", current.reason())));
                }
            } else {
                card.add(new Paragraph(getTranslation("verify.current")));
            }
            if (answer.sha256() != null) {
                card.add(new Paragraph(getTranslation("verify.sha256", answer.sha256())));
            }
        }
        result.add(card);
    }

    private void showRefusal(String message) {
        result.removeAll();
        result.getElement().setAttribute("data-outcome", "refused");
        result.add(new Paragraph(message));
    }

    private UploadI18N uploadTexts() {
        var i18n = new UploadI18N();
        i18n.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("verify.upload.add"))
                .setMany(getTranslation("verify.upload.add")));
        i18n.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("verify.upload.drop"))
                .setMany(getTranslation("verify.upload.drop")));
        i18n.setError(new UploadI18N.Error().setTooManyFiles(getTranslation("upload.one-file"))
                .setFileIsTooBig(getTranslation("report.verify.too-large"))
                .setIncorrectFileType(getTranslation("upload.failed")));
        i18n.setFile(new UploadI18N.File().setRemove(getTranslation("upload.remove"))
                .setRetry(getTranslation("upload.retry")).setStart(getTranslation("upload.start")));
        i18n.setUploading(new UploadI18N.Uploading()
                .setStatus(new UploadI18N.Uploading.Status().setConnecting(getTranslation("upload.connecting"))
                        .setStalled(getTranslation("upload.stalled"))
                        .setProcessing(getTranslation("verify.upload.processing"))
                        .setHeld(getTranslation("upload.held")))
                .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                        .setPrefix(getTranslation("upload.remaining"))
                        .setUnknown(getTranslation("upload.remaining-unknown")))
                .setError(new UploadI18N.Uploading.Error().setServerUnavailable(getTranslation("upload.failed"))
                        .setUnexpectedServerError(getTranslation("upload.failed"))
                        .setForbidden(getTranslation("upload.failed"))
                        .setFileTooLarge(getTranslation("report.verify.too-large"))));
        return i18n;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("verify.title");
    }
}
