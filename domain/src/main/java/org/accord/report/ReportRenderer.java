package org.accord.report;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report's content in one format. */
interface ReportRenderer {

    ReportFormat format();

    /**
     * Writes {@code content} to {@code out}. {@code attachment}, for an issued PDF, is the report's data to embed
     * (its SHA-256 is printed in the footer); null otherwise.
     */
    RenderedPages render(ReportContent content, ReportWords words, OutputStream out, ReportProgress progress,
                         ReportAttachment attachment) throws IOException;
}
