package org.accord.shared.export;

import java.io.OutputStream;
import java.time.ZoneId;
import java.util.Objects;

/** Where exported tables start: a spreadsheet, one CSV file, or a zip of CSV files. */
public final class Exports {

    private Exports() {
    }

    /**
     * An XLSX workbook with a sheet per table, written as it goes; {@code title} is the document's title
     * property and {@code zone} turns instants into the local date and time the reader expects.
     */
    public static TablesWriter xlsx(OutputStream out, String title, ZoneId zone) {
        return new XlsxTables(Objects.requireNonNull(out, "out"), title, Objects.requireNonNull(zone, "zone"));
    }

    /** One CSV file (RFC 4180, UTF-8 with a byte order mark): exactly one table. */
    public static TablesWriter csv(OutputStream out) {
        return new CsvTables(Objects.requireNonNull(out, "out"));
    }

    /** A zip with a CSV file per table, each named after its table. */
    public static TablesWriter csvZip(OutputStream out) {
        return new CsvZipTables(Objects.requireNonNull(out, "out"));
    }
}
