package org.accord.portal.ui.task;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.theme.lumo.LumoUtility;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.FileDownloads;
import org.accord.portal.ui.EvidenceUpload;
import org.accord.shared.EvidenceFile;
import org.accord.task.TaskDetail;
import org.accord.task.Tasks;

/** The Evidence tab: the files to download; the assignee and the managers attach one more. */
class TaskEvidenceList extends VerticalLayout {

    final VerticalLayout files = new VerticalLayout();
    final Span error = new Span();
    Upload upload;

    private final Tasks tasks;

    TaskEvidenceList(Tasks tasks, TaskDetail detail, Runnable afterChange) {
        this.tasks = tasks;
        setId("task-evidence");
        setPadding(false);
        files.setId("task-evidence-files");
        files.setPadding(false);
        var stored = tasks.evidence(detail.row().id());
        if (stored.isEmpty()) {
            files.add(new Paragraph(getTranslation("task.evidence.none")));
        }
        stored.forEach(file -> files.add(download(file)));
        add(files);
        if (detail.mayWork()) {
            upload = EvidenceUpload.create(Tasks.MAX_EVIDENCE_BYTES, "task.evidence.too-large", "task.evidence.kind",
                    (fileName, content) -> {
                        if (TaskChanges.attempt(() -> tasks.attachEvidence(detail.row().id(), fileName, content),
                                refused -> showError(getTranslation(refused.messageKey())))) {
                            afterChange.run();
                        }
                        upload.clearFileList();
                    });
            upload.setId("task-evidence-upload");
            upload.addFileRejectedListener(event -> showError(event.getErrorMessage()));
            error.setId("task-evidence-error");
            error.addClassNames(LumoUtility.TextColor.ERROR, LumoUtility.FontSize.SMALL);
            error.setVisible(false);
            add(upload, error);
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }

    private Anchor download(EvidenceFile file) {
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> tasks.downloadEvidence(file.id())
                .map(content -> FileDownloads.attachment(event, content.fileName(), content.contentType(),
                        content.content()))
                .orElseGet(() -> DownloadResponse.error(HttpStatusCode.NOT_FOUND))), AttachmentType.DOWNLOAD,
                getTranslation("task.evidence.download", file.fileName(), file.uploadedBy(),
                        Dates.dateTime(file.uploadedAt()), Math.max(1, Math.round(file.sizeBytes() / 1024.0))));
        anchor.addClassName("task-evidence-file");
        return anchor;
    }
}
