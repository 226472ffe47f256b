package org.accord.portal.ui.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.accord.report.IssuedReports;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportPeriod;
import org.accord.report.Reports;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Reports page: its form, the paged preview, bad input at its field, and the background job with its download. */
class ReportsViewTest extends PortalBrowserlessTest {

    private static final Duration PATIENCE = Duration.ofSeconds(90);

    @Autowired
    Reports reports;
    @Autowired
    IssuedReports issuedReports;
    @Autowired
    ReportJobs jobs;

    @Test
    @WithUserDetails("napolitano")
    void executiveSeesTheLatestStartedPeriodChosenAndNoIssueButton() {
        ReportsView view = navigate(ReportsView.class);

        List<ReportPeriod> started = reports.periods().stream()
                .filter(period -> !period.start().isAfter(LocalDate.now())).toList();
        assertThat(view.form.period.getValue()).isEqualTo(started.getFirst());
        if (started.stream().allMatch(period -> period.code().startsWith("2012-"))) {
            // Only the demo's periods: other tests open quarters of random years in the shared database.
            assertThat(view.form.period.getValue().code()).isEqualTo("2012-Q2");
        }
        assertThat(view.form.language.getValue()).isEqualTo(ReportLanguage.SIDE_BY_SIDE);
        assertThat(view.form.scope.isVisible()).isFalse();
        assertThat(view.preview.isVisible()).isTrue();
        assertThat(view.generate.isVisible()).isTrue();
        assertThat(view.issue.isVisible()).isFalse();
        assertThat(view.result.isVisible()).isFalse();
    }

    @Test
    @WithUserDetails("pm.us")
    void programManagerSeesTheIssueButton() {
        ReportsView view = navigate(ReportsView.class);

        assertThat(view.issue.isVisible()).isTrue();
        assertThat(view.issue.getText()).isEqualTo("Issue…");
    }

    @Test
    @WithUserDetails("napolitano")
    void previewShowsTheCoverAndSummaryFirstAndTheNextPageTheInitiatives() {
        ReportsView view = navigate(ReportsView.class);
        chooseDemoPeriod(view);
        test(view.form.language).selectItem("English");

        test(view.preview).click();

        ReportPreview preview = view.reportPreview;
        assertThat(preview.isVisible()).isTrue();
        int pages = preview.pageCount();
        assertThat(pages).isGreaterThanOrEqualTo(3);
        assertThat(preview.position.getText()).isEqualTo("Page 1 of " + pages);
        assertThat(pageText(view)).contains("Bilateral progress report", "Draft: not an issued report",
                "Executive summary").doesNotContain("DOP-2012-01");
        assertThat(preview.previous.isEnabled()).isFalse();

        test(preview.next).click();
        assertThat(preview.position.getText()).isEqualTo("Page 2 of " + pages);
        assertThat(pageText(view)).contains("Agreements, commitments and initiatives").doesNotContain("Executive summary");
        assertThat(preview.previous.isEnabled()).isTrue();
        int page = 2;
        while (!pageText(view).contains("DOP-2012-01") && preview.next.isEnabled()) {
            test(preview.next).click();
            page++;
        }
        assertThat(pageText(view)).as("DOP-2012-01 is on one of the initiative pages").contains("DOP-2012-01");
        assertThat(page).isLessThan(pages);

        test(preview.previous).click();
        assertThat(preview.position.getText()).isEqualTo("Page " + (page - 1) + " of " + pages);
    }

    @Test
    @WithUserDetails("pm.us")
    void oneAgreementWithoutChoosingWhichIsToldAtTheScopeAndNothingIsWritten() {
        ReportsView view = navigate(ReportsView.class);
        chooseDemoPeriod(view);
        test(view.form.scopeKind).selectItem("One agreement");
        int issuedBefore = issuedReports.count();

        assertThat(view.form.scope.isVisible()).isTrue();
        assertThat(test(view.form.scope).getSuggestions()).anyMatch(label -> label.contains("DOP-2012"));
        test(view.generate).click();
        assertThat(view.form.scope.isInvalid()).isTrue();
        assertThat(view.form.scope.getErrorMessage()).isEqualTo("Choose the agreement, commitment or agency.");
        assertThat(view.result.isVisible()).isFalse();

        test(view.issue).click();
        test(view.preview).click();
        assertThat(view.form.scope.isInvalid()).isTrue();
        assertThat($(IssueReportDialog.class).all()).isEmpty();
        assertThat(view.reportPreview.isVisible()).isFalse();
        assertThat(view.result.isVisible()).isFalse();
        assertThat(issuedReports.count()).isEqualTo(issuedBefore);
    }

    @Test
    @WithUserDetails("napolitano")
    void aReversedDateRangeIsToldAtTo() {
        ReportsView view = navigate(ReportsView.class);
        test(view.form.useRange).click();
        assertThat(view.form.period.isVisible()).isFalse();
        test(view.form.from).setValue(LocalDate.of(2012, 6, 30));
        test(view.form.to).setValue(LocalDate.of(2012, 4, 1));

        test(view.preview).click();

        assertThat(view.form.to.isInvalid()).isTrue();
        assertThat(view.form.to.getErrorMessage()).isEqualTo("The last day must be on or after the first.");
        assertThat(view.form.from.isInvalid()).isFalse();
        assertThat(view.reportPreview.isVisible()).isFalse();
        test(view.generate).click();
        assertThat(view.result.isVisible()).isFalse();

        test(view.form.to).setValue(LocalDate.of(2012, 6, 30));
        test(view.preview).click();
        assertThat(view.form.to.isInvalid()).isFalse();
        assertThat(view.reportPreview.isVisible()).isTrue();
    }

    @Test
    @WithUserDetails("napolitano")
    void generateWritesThePdfInTheBackgroundThenOffersItsDownload() throws Exception {
        ReportsView view = navigate(ReportsView.class);
        chooseDemoPeriod(view);

        test(view.generate).click();

        assertThat(view.result.isVisible()).isTrue();
        assertThat(view.generate.isEnabled()).isFalse();
        assertThat(view.cancel.isVisible()).isTrue();
        Anchor download = awaitDownload(view);
        assertThat(view.status.getText()).isEqualTo("The report is ready.");
        assertThat(view.progress.getValue()).isEqualTo(1.0);
        assertThat(view.cancel.isVisible()).isFalse();
        assertThat(view.generate.isEnabled()).isTrue();
        assertThat(download.getText()).startsWith("Download accord-report-2012-Q2-all-bilateral-side_by_side-")
                .endsWith(".pdf");

        var out = new ByteArrayOutputStream();
        test(download).download(out);
        byte[] pdf = out.toByteArray();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            assertThat(new PDFTextStripper().getText(document)).contains("DOP-2012-01")
                    .contains("Draft: not an issued report");
        }
    }

    @Test
    @WithUserDetails("napolitano")
    void cancellingAWaitingJobLeavesNoDownload() throws Exception {
        ReportsView view = navigate(ReportsView.class);
        chooseDemoPeriod(view);
        // Both writers busy with other people's reports, so this one waits its turn and is surely still running.
        var busy = new CountDownLatch(2);
        var release = new CountDownLatch(1);
        List<ReportJob> others = List.of(jobs.start(job -> occupy(busy, release)), jobs.start(job -> occupy(busy, release)));
        try {
            assertThat(busy.await(30, TimeUnit.SECONDS)).isTrue();
            test(view.generate).click();
            assertThat(view.cancel.isVisible()).isTrue();

            test(view.cancel).click();
        } finally {
            release.countDown();
        }

        assertThat(view.status.getText()).isEqualTo("Cancelled. Nothing was kept.");
        assertThat(view.cancel.isVisible()).isFalse();
        assertThat(view.generate.isEnabled()).isTrue();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (others.stream().anyMatch(job -> job.state() == ReportJob.State.RUNNING) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        view.refreshJob();
        assertThat(downloadIn(view)).isEmpty();
        assertThat(view.status.getText()).isEqualTo("Cancelled. Nothing was kept.");
    }

    @Test
    void aCancelledJobStopsAtItsNextStepAndKeepsNoFile() {
        var job = new ReportJob();
        job.advanced(1, 10);
        job.cancel();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> job.advanced(2, 10))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        job.finished(new ReportFile(new byte[] {1}, "late.pdf", "application/pdf"));
        assertThat(job.state()).isEqualTo(ReportJob.State.CANCELLED);
        assertThat(job.file()).isNull();
    }

    @Test
    @WithUserDetails("pm.us")
    void aPartysInternalReportCannotBeIssued() {
        ReportsView view = navigate(ReportsView.class);
        chooseDemoPeriod(view);
        test(view.form.internal).selectItem("US only, with US internal notes");
        int issuedBefore = issuedReports.count();

        test(view.issue).click();

        assertThat(view.form.internal.isInvalid()).isTrue();
        assertThat(view.form.internal.getErrorMessage())
                .isEqualTo("Only the bilateral report is issued; a party's internal report stays a draft.");
        assertThat($(IssueReportDialog.class).all()).isEmpty();
        assertThat(view.result.isVisible()).isFalse();
        assertThat(issuedReports.count()).isEqualTo(issuedBefore);

        test(view.form.internal).selectItem("Both governments (shared content only)");
        test(view.preview).click();
        assertThat(view.form.internal.isInvalid()).as("the audience's error goes once it is bilateral").isFalse();
    }

    private void chooseDemoPeriod(ReportsView view) {
        ReportPeriod demo = reports.periods().stream().filter(period -> "2012-Q2".equals(period.code())).findFirst()
                .orElseThrow();
        test(view.form.period).selectItem(demo.code() + " (" + demo.start() + " – " + demo.end() + ")");
        assertThat(view.form.period.getValue()).isEqualTo(demo);
    }

    private static String pageText(ReportsView view) {
        return view.reportPreview.page.getElement().getTextRecursively();
    }

    /** Polls the job as the browser would, until the download link shows. The job runs on another thread. */
    private static Anchor awaitDownload(ReportsView view) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            view.refreshJob();
            Optional<Anchor> download = downloadIn(view);
            if (download.isPresent()) {
                return download.get();
            }
            assertThat(view.status.getText()).as("the job neither failed nor was cancelled")
                    .doesNotStartWith("Cancelled").doesNotStartWith("The report could not");
            Thread.sleep(100);
        }
        throw new AssertionError("No download after " + PATIENCE + "; status: " + view.status.getText());
    }

    private static Optional<Anchor> downloadIn(ReportsView view) {
        return view.result.getChildren().filter(Anchor.class::isInstance).map(Anchor.class::cast)
                .filter(anchor -> anchor.getId().filter("report-download"::equals).isPresent()).findFirst();
    }

    private static ReportFile occupy(CountDownLatch busy, CountDownLatch release) {
        busy.countDown();
        try {
            release.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new ReportFile(new byte[0], "occupied", "application/octet-stream");
    }
}
