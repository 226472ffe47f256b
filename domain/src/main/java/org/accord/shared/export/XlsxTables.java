package org.accord.shared.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Tables as the sheets of a workbook (fastexcel). Rows go to the stream every {@value #FLUSH_EVERY} rows and text
 * is written inline rather than in the shared string table, so memory stays flat however long the table.
 */
final class XlsxTables implements TablesWriter {

    static final int FLUSH_EVERY = 500;
    private static final int MAX_SHEET_NAME = 31;
    private static final String DATE = "yyyy-mm-dd";
    private static final String DATE_TIME = "yyyy-mm-dd hh:mm";

    private final Workbook workbook;
    private final ZoneId zone;
    private final Set<String> sheetNames = new HashSet<>();
    private Sheet current;
    private boolean closed;

    XlsxTables(OutputStream out, String title, ZoneId zone) {
        this.workbook = new Workbook(new KeptOpen(out), "Accord", "1.0");
        this.zone = zone;
        if (title != null) {
            workbook.properties().setTitle(SpreadsheetText.withoutXmlIllegal(title));
        }
    }

    @Override
    public TableSink table(TableSpec spec) {
        if (closed) {
            throw new IllegalStateException("The workbook is closed");
        }
        try {
            finishSheet();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        current = new Sheet(workbook.newWorksheet(sheetName(spec.name())), spec.columns());
        return current;
    }

    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        finishSheet();
        workbook.finish();
    }

    private void finishSheet() throws IOException {
        if (current != null) {
            current.finish();
            current = null;
        }
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\, not starting or ending with a quote, unique. */
    String sheetName(String wanted) {
        String name = SpreadsheetText.withoutXmlIllegal(wanted).replaceAll("[\\[\\]:*?/\\\\]", "_")
                .replaceAll("^'+|'+$", "").strip();
        if (name.isEmpty()) {
            name = "Sheet";
        }
        name = cut(name, MAX_SHEET_NAME);
        String unique = name;
        for (int copy = 2; !sheetNames.add(unique.toLowerCase(Locale.ROOT)); copy++) {
            String suffix = " (" + copy + ")";
            unique = cut(name, MAX_SHEET_NAME - suffix.length()) + suffix;
        }
        return unique;
    }

    private static String cut(String text, int length) {
        if (text.length() <= length) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length;
        return text.substring(0, end).strip();
    }

    private final class Sheet implements TableSink {

        private final Worksheet worksheet;
        private final List<Column> columns;
        private int nextRow;

        Sheet(Worksheet worksheet, List<Column> columns) {
            this.worksheet = worksheet;
            this.columns = columns;
            for (int at = 0; at < columns.size(); at++) {
                Column column = columns.get(at);
                worksheet.width(at, Math.min(column.width(), Worksheet.MAX_COL_WIDTH));
                worksheet.inlineString(0, at, cellText(column.header()));
                worksheet.style(0, at).bold().set();
            }
            worksheet.freezePane(0, 1);
            nextRow = 1;
        }

        @Override
        public void row(Object... cells) {
            if (current != this) {
                throw new IllegalStateException("This table is finished: another one was opened or the workbook closed");
            }
            Cells.requireWidth(columns, cells);
            int row = nextRow++;
            for (int at = 0; at < cells.length; at++) {
                write(row, at, columns.get(at).type(), cells[at]);
            }
            if (row % FLUSH_EVERY == 0) {
                try {
                    worksheet.flush();
                } catch (IOException failed) {
                    throw new UncheckedIOException(failed);
                }
            }
        }

        private void write(int row, int column, CellType type, Object value) {
            switch (value) {
                case null -> {
                }
                case Integer number -> number(row, column, type, number);
                case Long number -> number(row, column, type, number);
                case Short number -> number(row, column, type, number);
                case BigInteger number -> number(row, column, type, number);
                case BigDecimal number -> number(row, column, type, number);
                case Double number when number.isNaN() || number.isInfinite() -> {
                }
                case Float number when number.isNaN() || number.isInfinite() -> {
                }
                case Double number -> number(row, column, type, number);
                case Float number -> number(row, column, type, number);
                case LocalDate date -> {
                    worksheet.value(row, column, date);
                    worksheet.style(row, column).format(DATE).set();
                }
                case LocalDateTime dateTime -> dateTime(row, column, type, dateTime);
                case Instant instant -> dateTime(row, column, type, LocalDateTime.ofInstant(instant, zone));
                case ZonedDateTime dateTime -> dateTime(row, column, type,
                        dateTime.withZoneSameInstant(zone).toLocalDateTime());
                case OffsetDateTime dateTime -> dateTime(row, column, type,
                        dateTime.atZoneSameInstant(zone).toLocalDateTime());
                default -> worksheet.inlineString(row, column, cellText(Cells.text(value)));
            }
        }

        private void number(int row, int column, CellType type, Number number) {
            worksheet.value(row, column, number);
            String format = switch (type) {
                case PERCENT -> "0%";
                case DECIMAL -> "0.00";
                case INTEGER -> "0";
                default -> null;
            };
            if (format != null) {
                worksheet.style(row, column).format(format).set();
            }
        }

        private void dateTime(int row, int column, CellType type, LocalDateTime dateTime) {
            worksheet.value(row, column, dateTime);
            worksheet.style(row, column).format(type == CellType.DATE ? DATE : DATE_TIME).set();
        }

        void finish() throws IOException {
            worksheet.setAutoFilter(0, 0, nextRow - 1, columns.size() - 1);
            worksheet.finish();
        }
    }

    /**
     * Neutralised, then stripped of what XML cannot hold; neutralised again in case what was stripped hid a
     * formula character behind it.
     */
    private static String cellText(String text) {
        return SpreadsheetText.neutralise(SpreadsheetText.withoutXmlIllegal(SpreadsheetText.neutralise(text)));
    }
}
