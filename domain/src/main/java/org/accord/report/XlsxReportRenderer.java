package org.accord.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import org.accord.shared.export.Exports;
import org.accord.shared.export.TablesWriter;
import org.springframework.stereotype.Component;

/** The report as a workbook: a sheet per section, frozen headers, filters, typed cells. */
@Component
class XlsxReportRenderer implements ReportRenderer {

    @Override
    public ReportFormat format() {
        return ReportFormat.XLSX;
    }

    @Override
    public RenderedPages render(ReportContent content, ReportWords words, OutputStream out, ReportProgress progress,
                                ReportAttachment attachment) throws IOException {
        try (TablesWriter tables = Exports.xlsx(out, ReportTitles.title(content.cover(), words), ZoneOffset.UTC)) {
            return new RenderedPages(0, new TableReportWriter(content, words, tables, progress).write());
        }
    }
}
