package org.accord.portal.ui.report;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Optional;
import org.accord.portal.ui.TextLimits;
import org.accord.report.IssuedReportView;
import org.accord.report.IssuedReports;

/**
 * Confirms issuing: a first issue needs no more; re-issuing names the version it supersedes and asks why
 * (at least {@value IssuedReports#MIN_REASON} characters), checked here and again by the service.
 */
class IssueReportDialog extends Dialog {

    interface Confirmed {
        void issue(String reason, Long supersedesId);
    }

    final TextArea reason = new TextArea();
    final Button confirm = new Button();

    IssueReportDialog(Optional<IssuedReportView> current, Confirmed confirmed) {
        setId("issue-report-dialog");
        setHeaderTitle(getTranslation("reports.issue.title"));
        add(new Paragraph(getTranslation("reports.issue.explain")));
        current.ifPresent(latest -> {
            add(new Paragraph(getTranslation("reports.issue.supersedes", latest.identifier(), latest.version())));
            reason.setId("issue-reason");
            reason.setAutofocus(true);
            reason.setLabel(getTranslation("reports.issue.reason"));
            reason.setRequired(true);
            TextLimits.atMost(reason, IssuedReports.MAX_REASON);
            reason.setWidthFull();
            add(reason);
        });
        confirm.setId("issue-confirm");
        confirm.setText(getTranslation("reports.issue.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> {
            if (current.isPresent() && reason.getValue().strip().length() < IssuedReports.MIN_REASON) {
                reason.setErrorMessage(getTranslation("reports.issue.reason-short", IssuedReports.MIN_REASON));
                reason.setInvalid(true);
                return;
            }
            close();
            confirmed.issue(current.isPresent() ? reason.getValue().strip() : null, current.map(IssuedReportView::id).orElse(null));
        });
        var cancel = new Button(getTranslation("reports.issue.cancel"), click -> close());
        cancel.setId("issue-cancel");
        getFooter().add(cancel, confirm);
    }
}
