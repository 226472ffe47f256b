package org.accord.portal.ui.milestone;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.accord.milestone.LogLine;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.FileDownloads;
import org.accord.portal.ui.EvidenceUpload;
import org.accord.portal.ui.TextLimits;
import org.accord.portal.ui.Texts;
import org.accord.shared.EvidenceFile;
import org.accord.shared.InvalidInputException;

/**
 * A milestone's log, newest first, and its evidence; managers log a note, re-baseline with a reason and
 * attach evidence here.
 */
class MilestoneLogDialog extends Dialog {

    final TextArea note = new TextArea();
    final Button logNote = new Button();
    final DatePicker newBaseline = new DatePicker();
    final TextArea rebaselineReason = new TextArea();
    final Button rebaseline = new Button();
    final VerticalLayout lines = new VerticalLayout();
    final VerticalLayout evidence = new VerticalLayout();
    final Span evidenceError = new Span();
    Upload upload;

    private final MilestoneRow row;
    private final MilestonePlan plan;
    private final MilestoneChanges changes;

    MilestoneLogDialog(MilestoneRow row, boolean mayManage, MilestonePlan plan, Runnable reloadTab) {
        this.row = row;
        this.plan = plan;
        this.changes = new MilestoneChanges(() -> {
            reloadTab.run();
            showLogAndEvidence();
        });
        setId("milestone-log-dialog");
        setHeaderTitle(getTranslation("milestone.log.title", row.title(Texts.currentLanguage())));
        setWidth("min(48rem, 96vw)");
        lines.setId("milestone-log-lines");
        lines.setPadding(false);
        evidence.setId("milestone-evidence");
        evidence.setPadding(false);
        if (mayManage) {
            add(noteForm(), rebaselineForm());
        }
        add(new H3(getTranslation("milestone.evidence")), evidence);
        if (mayManage) {
            upload = EvidenceUpload.create(MilestonePlan.MAX_EVIDENCE_BYTES, "milestone.evidence.too-large",
                    "milestone.evidence.kind", this::attach);
            upload.addFileRejectedListener(event -> showEvidenceError(event.getErrorMessage()));
            evidenceError.setId("evidence-error");
            evidenceError.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
            evidenceError.setVisible(false);
            add(upload, evidenceError);
        }
        add(new H3(getTranslation("milestone.log")), lines);
        showLogAndEvidence();
        getFooter().add(new Button(getTranslation("milestone.close"), click -> close()));
    }

    private VerticalLayout noteForm() {
        note.setId("milestone-note");
        note.setAutofocus(true);
        note.setLabel(getTranslation("milestone.note"));
        TextLimits.atMost(note, 4000);
        note.setWidthFull();
        logNote.setId("milestone-log-note");
        logNote.setText(getTranslation("milestone.log.note"));
        logNote.addThemeVariants(ButtonVariant.PRIMARY);
        logNote.addClickListener(click -> {
            if (changes.attempt(() -> plan.logNote(row.id(), note.getValue()), refused -> {
                note.setErrorMessage(getTranslation(refused.messageKey()));
                note.setInvalid(true);
            })) {
                note.clear();
                note.setInvalid(false);
            }
        });
        var form = new VerticalLayout(note, logNote);
        form.setPadding(false);
        return form;
    }

    private VerticalLayout rebaselineForm() {
        newBaseline.setId("milestone-new-baseline");
        newBaseline.setLabel(getTranslation("milestone.rebaseline.date"));
        newBaseline.setValue(row.baselineDate());
        Dates.localize(newBaseline);
        rebaselineReason.setId("milestone-rebaseline-reason");
        rebaselineReason.setLabel(getTranslation("milestone.rebaseline.reason"));
        rebaselineReason.setRequiredIndicatorVisible(true);
        TextLimits.atMost(rebaselineReason, 1000);
        rebaselineReason.setWidthFull();
        rebaseline.setId("milestone-rebaseline");
        rebaseline.setText(getTranslation("milestone.rebaseline"));
        rebaseline.addClickListener(click -> {
            if (changes.attempt(() -> plan.rebaseline(row.id(), row.version(), newBaseline.getValue(),
                    rebaselineReason.getValue()), this::showRebaselineError)) {
                close();
            }
        });
        var form = new VerticalLayout(newBaseline, rebaselineReason, rebaseline);
        form.setPadding(false);
        return form;
    }

    private void showRebaselineError(InvalidInputException refused) {
        var field = "baselineDate".equals(refused.field()) ? newBaseline : rebaselineReason;
        field.setErrorMessage(getTranslation(refused.messageKey()));
        field.setInvalid(true);
    }

    private void attach(String fileName, byte[] content) {
        changes.attempt(() -> plan.attachEvidence(row.id(), fileName, content),
                refused -> showEvidenceError(getTranslation(refused.messageKey())));
        upload.clearFileList();
    }

    private void showEvidenceError(String message) {
        evidenceError.setText(message);
        evidenceError.setVisible(true);
    }

    private void showLogAndEvidence() {
        lines.removeAll();
        var log = plan.log(row.id());
        if (log.isEmpty()) {
            lines.add(new Paragraph(getTranslation("milestone.log.none")));
        }
        log.forEach(line -> lines.add(line(line)));
        evidence.removeAll();
        var files = plan.evidence(row.id());
        if (files.isEmpty()) {
            evidence.add(new Paragraph(getTranslation("milestone.evidence.none")));
        }
        files.forEach(file -> evidence.add(download(file)));
    }

    private Div line(LogLine line) {
        var byline = new Div(new Span(line.loggedBy() + " · " + Dates.dateTime(line.loggedAt())));
        byline.addClassNames(LumoUtility.FontSize.SMALL, LumoUtility.TextColor.SECONDARY);
        var entry = new Div(byline);
        entry.addClassName("milestone-log-line");
        if (line.changes() != null) {
            entry.add(paragraph(LogChanges.show(line.changes())));
        }
        if (line.rebaselineReason() != null) {
            entry.add(paragraph(getTranslation("milestone.log.rebaseline-reason", line.rebaselineReason())));
        }
        if (line.note() != null) {
            entry.add(paragraph(line.note()));
        }
        return entry;
    }

    private static Paragraph paragraph(String text) {
        var paragraph = new Paragraph(text);
        paragraph.addClassNames(LumoUtility.Whitespace.PRE_WRAP, LumoUtility.Margin.Vertical.XSMALL);
        return paragraph;
    }

    private Anchor download(EvidenceFile file) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> plan.downloadEvidence(file.id())
                .map(content -> FileDownloads.attachment(event, content.fileName(), content.contentType(),
                        content.content()))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), AttachmentType.DOWNLOAD,
                getTranslation("milestone.evidence.download", file.fileName(), file.uploadedBy(),
                        Dates.dateTime(file.uploadedAt()), Math.max(1, Math.round(file.sizeBytes() / 1024.0))));
        anchor.addClassName("milestone-evidence-file");
        return anchor;
    }
}
