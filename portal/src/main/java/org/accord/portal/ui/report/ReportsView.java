package org.accord.portal.ui.report;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.accord.people.MyAccount;
import org.accord.people.Profile;
import org.accord.people.Role;
import org.accord.portal.ui.MainLayout;
import org.accord.report.IssuedReportView;
import org.accord.report.IssuedReports;
import org.accord.report.ReportRequest;
import org.accord.report.Reports;
import org.accord.shared.InvalidInputException;

/**
 * Reports: choose a period, scope, language and format; preview the report on screen; write it in the background
 * (a progress bar, cancel, then download); program managers issue it; everyone finds the issued reports below.
 */
@Route(value = "reports", layout = MainLayout.class)
@RolesAllowed({"ADMIN", "PROGRAM_MANAGER", "OVERSIGHT_LEAD", "EXECUTIVE"})
public class ReportsView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 400;

    final ReportForm form;
    final Button preview = new Button();
    final Button generate = new Button();
    final Button issue = new Button();
    final ProgressBar progress = new ProgressBar();
    final Span status = new Span();
    final Button cancel = new Button();
    final HorizontalLayout result = new HorizontalLayout();
    final ReportPreview reportPreview = new ReportPreview();
    final IssuedReportsPanel issued;

    private final Reports reports;
    private final IssuedReports issuedReports;
    private final ReportJobs jobs;
    private ReportJob job;
    private Registration polling;

    public ReportsView(Reports reports, IssuedReports issuedReports, ReportJobs jobs, MyAccount account) {
        this.reports = reports;
        this.issuedReports = issuedReports;
        this.jobs = jobs;
        Profile me = account.profile();
        setId("reports-view");
        form = new ReportForm(reports, me.party().getCode());
        issued = new IssuedReportsPanel(issuedReports);

        preview.setId("report-preview-button");
        preview.setText(getTranslation("reports.preview"));
        preview.addClickListener(click -> showPreview());
        generate.setId("report-generate");
        generate.setText(getTranslation("reports.generate"));
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        generate.addClickListener(click -> form.request().ifPresent(this::startWriting));
        issue.setId("report-issue");
        issue.setText(getTranslation("reports.issue"));
        issue.setVisible(me.roles().contains(Role.ADMIN) || me.roles().contains(Role.PROGRAM_MANAGER));
        issue.addClickListener(click -> form.request().ifPresent(this::askToIssue));
        var actions = new HorizontalLayout(preview, generate, issue);

        progress.setId("report-progress");
        progress.setMin(0);
        progress.setMax(1);
        progress.setWidth("20em");
        status.setId("report-status");
        status.getElement().setAttribute("aria-live", "polite");
        cancel.setId("report-cancel");
        cancel.setText(getTranslation("reports.cancel"));
        cancel.addClickListener(click -> cancelJob());
        result.setId("report-result");
        result.setAlignItems(FlexComponent.Alignment.CENTER);
        result.add(progress, status, cancel);
        result.setVisible(false);

        var verify = new RouterLink(getTranslation("reports.verify-link"), VerifyReportView.class);
        verify.setId("report-verify-link");
        add(new H1(getTranslation("reports.title")), form, actions, result, reportPreview, issued, verify);
        resumeEarlierJob();
    }

    /** A report started before leaving the page goes on meanwhile; coming back shows it again. */
    private void resumeEarlierJob() {
        VaadinSession session = VaadinSession.getCurrent();
        ReportJob earlier = session == null ? null : session.getAttribute(ReportJob.class);
        if (earlier != null) {
            job = earlier;
            showJob();
            if (earlier.state() == ReportJob.State.RUNNING) {
                generate.setEnabled(false);
                issue.setEnabled(false);
            } else {
                refreshJob();
            }
        }
    }

    private void showPreview() {
        form.request().ifPresent(request -> {
            try {
                reportPreview.show(reports.content(request), request.language());
            } catch (InvalidInputException invalid) {
                form.showError(invalid.field(), invalid.messageKey());
            }
        });
    }

    private void startWriting(ReportRequest request) {
        String fileName = fileName(request, form.periodCode());
        begin(jobs.start(running -> {
            var out = new ByteArrayOutputStream();
            reports.write(request, out, running::advanced);
            return new ReportFile(out.toByteArray(), fileName, request.format().contentType());
        }));
    }

    private void askToIssue(ReportRequest request) {
        if (!request.bilateral()) {
            form.internal.setErrorMessage(getTranslation("reports.issue.bilateral-only"));
            form.internal.setInvalid(true);
            return;
        }
        Optional<IssuedReportView> current;
        try {
            current = issuedReports.latestVersion(request);
        } catch (InvalidInputException invalid) {
            form.showError(invalid.field(), invalid.messageKey());
            return;
        }
        new IssueReportDialog(current, (reason, supersedesId) -> begin(jobs.start(running -> {
            IssuedReportView report = reports.issue(request, reason, supersedesId, running::advanced);
            return new ReportFile(null, report.identifier(), report.contentType());
        }))).open();
    }

    private void begin(ReportJob started) {
        if (job != null) {
            job.cancel();
        }
        job = started;
        VaadinSession.getCurrent().setAttribute(ReportJob.class, started);
        showJob();
        status.setText(getTranslation("reports.status.running"));
        generate.setEnabled(false);
        issue.setEnabled(false);
        startPolling(UI.getCurrent());
    }

    private void showJob() {
        result.removeAll();
        progress.setValue(job.fraction());
        cancel.setVisible(true);
        result.add(progress, status, cancel);
        result.setVisible(true);
    }

    private void startPolling(UI ui) {
        ui.setPollInterval(POLL_MILLIS);
        if (polling == null) {
            polling = ui.addPollListener(poll -> refreshJob());
        }
    }

    /** Called on each poll while a job runs, and by tests. */
    void refreshJob() {
        if (job == null) {
            return;
        }
        progress.setValue(job.fraction());
        switch (job.state()) {
            case RUNNING -> status.setText(getTranslation("reports.status.progress", Math.round(job.fraction() * 100)));
            case DONE -> done(job.file());
            case FAILED -> ended(getTranslation(job.errorKey()));
            case CANCELLED -> ended(getTranslation("reports.status.cancelled"));
        }
    }

    private void done(ReportFile file) {
        if (file.content() == null) {
            ended(getTranslation("reports.status.issued", file.fileName()));
            issued.refresh();
            return;
        }
        ended(getTranslation("reports.status.done"));
        var download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file.content()), file.fileName(), file.contentType(), file.content().length)),
                AttachmentType.DOWNLOAD, getTranslation("reports.download", file.fileName()));
        download.setId("report-download");
        result.add(download);
    }

    private void ended(String message) {
        stopPolling();
        progress.setValue(1);
        status.setText(message);
        cancel.setVisible(false);
        generate.setEnabled(true);
        issue.setEnabled(true);
    }

    private void cancelJob() {
        if (job != null) {
            job.cancel();
            refreshJob();
        }
    }

    private void stopPolling() {
        getUI().ifPresent(ui -> ui.setPollInterval(-1));
    }

    static String fileName(ReportRequest request, String periodCode) {
        String period = periodCode != null ? periodCode : request.from() + "_" + request.to();
        String scope = request.scope().kind().name().toLowerCase() + (request.scope().id() == null ? "" : "-" + request.scope().id());
        String audience = request.bilateral() ? "bilateral" : request.partyCode().toLowerCase() + "-internal";
        return "accord-report-" + period + "-" + scope + "-" + audience + "-" + request.language().name().toLowerCase()
                + "-" + LocalDate.now() + "." + request.format().extension();
    }

    /** Leaving the page stops the polling, not the job. */
    @Override
    protected void onDetach(DetachEvent detachEvent) {
        detachEvent.getUI().setPollInterval(-1);
        if (polling != null) {
            polling.remove();
            polling = null;
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (job != null && job.state() == ReportJob.State.RUNNING) {
            startPolling(attachEvent.getUI());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reports.title");
    }
}
