package org.accord.portal.api;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.accord.milestone.MilestoneDraft;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.OwnerSide;
import org.accord.report.IssuedReportView;
import org.accord.report.IssuedReports;
import org.accord.report.ReportFormat;
import org.accord.report.ReportLanguage;
import org.accord.report.ReportProgress;
import org.accord.report.ReportRequest;
import org.accord.report.ReportScope;
import org.accord.report.Reports;
import org.accord.task.TaskDraft;
import org.accord.task.Tasks;
import org.accord.testsupport.SignedIn;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Records the API tests act on, made through the services as the people who would make them. */
class ApiFixture {

    static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    private final SignedIn signedIn;
    private final MilestonePlan plan;
    private final Tasks tasks;
    private final Reports reports;
    private final IssuedReports issuedReports;
    private final JdbcTemplate jdbc;

    ApiFixture(SignedIn signedIn, ApplicationContext context) {
        this.signedIn = signedIn;
        this.plan = context.getBean(MilestonePlan.class);
        this.tasks = context.getBean(Tasks.class);
        this.reports = context.getBean(Reports.class);
        this.issuedReports = context.getBean(IssuedReports.class);
        this.jdbc = context.getBean(JdbcTemplate.class);
    }

    /** A joint milestone a month ahead, added by bersin (who leads the fixtures' initiatives). */
    long milestone(long initiative) {
        return signedIn.as("bersin", () -> {
            var draft = new MilestoneDraft();
            draft.setTitleEn("Connectivity test");
            draft.setTitleEs("Prueba de conectividad");
            draft.setOwnerSide(OwnerSide.JOINT);
            draft.setBaselineDate(TODAY.plusDays(30));
            draft.setWeight(1);
            return plan.save(initiative, draft);
        });
    }

    /** A task bersin gives liaison.us; an internal one only the US sees. */
    long task(long initiative, boolean internal) {
        return signedIn.as("bersin", () -> {
            TaskDraft draft = tasks.newDraft(initiative, null);
            draft.setTitle("Send the manifest sample");
            draft.setAssigneeId(jdbc.queryForObject("select id from user_account where username = 'liaison.us'",
                    Long.class));
            draft.setDueDate(TODAY.plusDays(5));
            draft.setInternal(internal);
            return tasks.save(draft);
        });
    }

    /** A CSV report of 2012-Q2, all agreements, issued by pm.us: once, since an issued report is issued only once. */
    long issuedReport() {
        var request = new ReportRequest(null, LocalDate.of(2012, 4, 1), LocalDate.of(2012, 6, 30), ReportScope.all(),
                ReportLanguage.EN, ReportFormat.CSV, null);
        return signedIn.as("pm.us", () -> issuedReports.latestVersion(request).map(IssuedReportView::id)
                .orElseGet(() -> reports.issue(request, null, null, ReportProgress.NONE).id()));
    }
}
