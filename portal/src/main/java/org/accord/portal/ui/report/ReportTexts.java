package org.accord.portal.ui.report;

import com.vaadin.flow.component.UI;
import org.accord.portal.ui.Dates;
import org.accord.portal.ui.Texts;
import org.accord.report.IssuedReportView;

/** How issued reports read in the user's language: scope, language, and one sentence describing a report. */
final class ReportTexts {

    private ReportTexts() {
    }

    static String scope(IssuedReportView report) {
        if (report.scopeName() != null) {
            return report.scopeName().in(Texts.currentLanguage());
        }
        return UI.getCurrent().getTranslation("issued.scope." + report.scopeKind().name(),
                report.scopeId() == null ? "" : report.scopeId().toString());
    }

    static String language(IssuedReportView report) {
        return UI.getCurrent().getTranslation("issued.language." + report.language().name());
    }

    static String issued(IssuedReportView report) {
        return UI.getCurrent().getTranslation("issued.by-at", report.issuedByName(), Dates.dateTime(report.issuedAt()));
    }

    /** "ACR-2012-Q2-ALL-EN-PDF-1, version 1: 2012-Q2, all agreements, English, PDF." */
    static String describe(IssuedReportView report) {
        return UI.getCurrent().getTranslation("issued.describe", report.identifier(), report.version(),
                report.periodLabel(), scope(report), language(report), report.format().name());
    }
}
