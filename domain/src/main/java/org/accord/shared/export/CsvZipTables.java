package org.accord.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Several tables as a zip holding one {@code <name>.csv} per table, names made safe and unique. */
final class CsvZipTables implements TablesWriter {

    private static final int MAX_NAME = 100;

    private final ZipOutputStream zip;
    private final Set<String> names = new HashSet<>();
    private CsvTable current;
    private boolean closed;

    CsvZipTables(OutputStream out) {
        this.zip = new ZipOutputStream(new KeptOpen(out));
    }

    @Override
    public TableSink table(TableSpec spec) {
        if (closed) {
            throw new IllegalStateException("The zip is closed");
        }
        try {
            finishTable();
            zip.putNextEntry(new ZipEntry(fileName(spec.name())));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        current = new CsvTable(zip, spec);
        return current;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        finishTable();
        zip.finish();
        zip.flush();
    }

    private void finishTable() throws IOException {
        if (current != null) {
            current.finish();
            zip.closeEntry();
            current = null;
        }
    }

    /** No folders, no characters that file systems refuse, unique regardless of case. */
    String fileName(String wanted) {
        String name = SpreadsheetText.withoutXmlIllegal(wanted).replaceAll("[\\p{Cntrl}<>:\"/\\\\|?*]", "_")
                .replaceAll("^[.\\s]+|[.\\s]+$", "");
        if (name.isEmpty()) {
            name = "table";
        }
        if (name.length() > MAX_NAME) {
            name = name.substring(0, MAX_NAME);
        }
        String unique = name;
        for (int copy = 2; !names.add(unique.toLowerCase(Locale.ROOT)); copy++) {
            unique = name + " (" + copy + ")";
        }
        return unique + ".csv";
    }
}
