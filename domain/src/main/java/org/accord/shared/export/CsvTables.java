package org.accord.shared.export;

import java.io.IOException;
import java.io.OutputStream;

/** Exactly one table as one CSV file. */
final class CsvTables implements TablesWriter {

    private final OutputStream out;
    private CsvTable table;
    private boolean closed;

    CsvTables(OutputStream out) {
        this.out = out;
    }

    @Override
    public TableSink table(TableSpec spec) {
        if (table != null || closed) {
            throw new IllegalStateException("A CSV file holds one table; use Exports.csvZip for several");
        }
        table = new CsvTable(out, spec);
        return table;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (table != null) {
            table.finish();
        }
        out.flush();
    }
}
