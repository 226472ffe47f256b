package org.accord.report;

import java.io.IOException;
import java.io.OutputStream;
import org.accord.shared.export.Exports;
import org.accord.shared.export.TablesWriter;
import org.springframework.stereotype.Component;

/** The report as CSV: a zip with one RFC 4180 file per section's table. */
@Component
class CsvReportRenderer implements ReportRenderer {

    @Override
    public ReportFormat format() {
        return ReportFormat.CSV;
    }

    @Override
    public RenderedPages render(ReportContent content, ReportWords words, OutputStream out, ReportProgress progress,
                                ReportAttachment attachment) throws IOException {
        try (TablesWriter tables = Exports.csvZip(out)) {
            return new RenderedPages(0, new TableReportWriter(content, words, tables, progress).write());
        }
    }
}
