package org.accord.report.pdf;

import java.io.Closeable;
import java.util.List;

/**
 * Writes the rows of one table as they come (nothing is kept once a row is drawn). Closing it ends the table;
 * starting another block on the document closes it too.
 */
public interface TableWriter extends Closeable {

    /** A row of plain text cells; fewer cells than columns leaves the rest empty. */
    void row(String... cells);

    void row(List<PdfCell> cells);

    @Override
    void close();
}
