package org.accord.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV file: RFC 4180 (CRLF, quotes doubled), UTF-8 with a byte order mark so that spreadsheets do not guess
 * another encoding, a header row, ISO-8601 dates and plain numbers.
 */
final class CsvTable implements TableSink {

    private final CSVPrinter printer;
    private final List<Column> columns;
    private final Object[] line;
    private boolean finished;

    CsvTable(OutputStream out, TableSpec spec) {
        this.columns = spec.columns();
        this.line = new Object[columns.size()];
        try {
            Writer writer = new OutputStreamWriter(new KeptOpen(out), StandardCharsets.UTF_8);
            writer.write('\uFEFF');
            this.printer = new CSVPrinter(writer, CSVFormat.RFC4180);
            printer.printRecord(columns.stream().map(column -> SpreadsheetText.neutralise(column.header())).toList());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Override
    public void row(Object... cells) {
        if (finished) {
            throw new IllegalStateException("This table is finished: another one was opened or the file closed");
        }
        Cells.requireWidth(columns, cells);
        for (int at = 0; at < cells.length; at++) {
            line[at] = text(cells[at]);
        }
        try {
            printer.printRecord(line);
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    void finish() throws IOException {
        if (!finished) {
            finished = true;
            printer.close(true);
        }
    }

    private static String text(Object value) {
        return switch (value) {
            case null -> null;
            case BigDecimal number -> number.toPlainString();
            case Double number when number.isNaN() || number.isInfinite() -> null;
            case Float number when number.isNaN() || number.isInfinite() -> null;
            case Double number -> BigDecimal.valueOf(number).toPlainString();
            case Float number -> new BigDecimal(number.toString()).toPlainString();
            case Number number -> number.toString();
            // java.time's toString is ISO-8601: 2012-05-02, 2012-05-02T10:15:30, 2012-05-02T15:15:30Z
            case TemporalAccessor time -> time.toString();
            default -> SpreadsheetText.neutralise(Cells.text(value));
        };
    }
}
