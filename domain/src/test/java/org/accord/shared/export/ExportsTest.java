package org.accord.shared.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;

class ExportsTest {

    private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
    private static final List<String> HOSTILE = List.of("=HYPERLINK(\"http://x\")", "+1", "-2+3", "@SUM(A1)", "\tx",
            "\rx", "\0x", "<script>alert(1)</script>");

    private static final ReadingOptions WITH_FORMATS = new ReadingOptions(true, false);

    private enum Side { US, MX }

    private static final TableSpec MILESTONES = new TableSpec("Milestones", List.of(
            new Column("Initiative", CellType.TEXT, 12), new Column("Title", CellType.TEXT, 40),
            new Column("Side", CellType.TEXT, 6), new Column("Days late", CellType.INTEGER, 8),
            new Column("Done", CellType.PERCENT, 8), new Column("Budget", CellType.DECIMAL, 10),
            new Column("Baseline", CellType.DATE, 12), new Column("Logged", CellType.DATE_TIME, 18)));

    @Test
    void spreadsheetHasTypedCellsBoldFrozenHeaderAndAccents() throws IOException {
        byte[] xlsx = xlsx(writer -> {
            TableSink sink = writer.table(MILESTONES);
            sink.row("CBP-01", "Nuevo Esquema de Empresas Certificadas", Side.MX, 12, new BigDecimal("0.25"),
                    1234.5, LocalDate.of(2012, 5, 2), Instant.parse("2012-05-02T15:30:00Z"));
            sink.row("PMX-02", "Poiré: -4 days", null, -4L, 0.5, new BigDecimal("-7.25"), null,
                    LocalDateTime.of(2012, 6, 1, 9, 0));
        });

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), WITH_FORMATS)) {
            Sheet sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("Milestones");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(3);
            assertThat(rows.getFirst().stream().map(Cell::asString).toList())
                    .containsExactly("Initiative", "Title", "Side", "Days late", "Done", "Budget", "Baseline", "Logged");
            Row first = rows.get(1);
            assertThat(first.getCell(1).asString()).isEqualTo("Nuevo Esquema de Empresas Certificadas");
            assertThat(first.getCell(2).asString()).isEqualTo("MX");
            assertThat(first.getCell(3).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(first.getCell(3).asNumber()).isEqualByComparingTo("12");
            assertThat(first.getCell(4).asNumber()).isEqualByComparingTo("0.25");
            assertThat(formatOf(first.getCell(4))).isEqualTo("0%");
            assertThat(first.getCell(5).asNumber()).isEqualByComparingTo("1234.5");
            assertThat(first.getCell(6).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.NUMBER);
            assertThat(first.getCell(6).asDate()).isEqualTo(LocalDateTime.of(2012, 5, 2, 0, 0));
            assertThat(formatOf(first.getCell(6))).isEqualTo("yyyy-mm-dd");
            assertThat(formatOf(first.getCell(7))).isEqualTo("yyyy-mm-dd hh:mm");
            // 15:30 UTC is 10:30 in Mexico City (daylight saving time in May 2012)
            assertThat(first.getCell(7).asDate()).isEqualTo(LocalDateTime.of(2012, 5, 2, 10, 30));
            Row second = rows.get(2);
            assertThat(second.getCell(1).asString()).isEqualTo("Poiré: -4 days");
            assertThat(second.getCell(3).asNumber()).isEqualByComparingTo("-4");
            assertThat(second.getCell(5).asNumber()).isEqualByComparingTo("-7.25");
            assertThat(second.getCellAsString(2)).isEmpty();
            assertThat(second.getCellAsString(6)).isEmpty();
        }
        String sheetXml = entries(xlsx).get("xl/worksheets/sheet1.xml");
        assertThat(sheetXml).contains("ySplit=\"1\"").contains("state=\"frozen\"").contains("<autoFilter ref=\"A1:H3\"")
                .contains("width=\"40");
        assertThat(entries(xlsx).get("docProps/core.xml")).contains("Accord export");
        assertThat(entries(xlsx).get("xl/styles.xml")).contains("<b/>");
    }

    @Test
    void hostileTextIsNeutralInBothFormatsWhileNumbersStayNumbers() throws IOException {
        var spec = new TableSpec("Hostile", List.of(new Column("Text", CellType.TEXT, 30),
                new Column("Number", CellType.INTEGER, 8)));
        byte[] xlsx = xlsx(writer -> {
            TableSink sink = writer.table(spec);
            HOSTILE.forEach(text -> sink.row(text, -2));
        });
        var csv = new ByteArrayOutputStream();
        try (TablesWriter writer = Exports.csv(csv)) {
            TableSink sink = writer.table(spec);
            HOSTILE.forEach(text -> sink.row(text, -2));
        }

        List<String> expected = List.of("'=HYPERLINK(\"http://x\")", "'+1", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "'x",
                "<script>alert(1)</script>");
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), WITH_FORMATS)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows.stream().skip(1).map(row -> row.getCell(0).asString()).toList()).isEqualTo(expected);
            assertThat(rows.stream().skip(1).map(row -> row.getCell(0).getType()).distinct().toList())
                    .containsExactly(org.dhatim.fastexcel.reader.CellType.STRING);
            assertThat(rows.stream().skip(1).map(row -> row.getCell(1).asNumber().intValue()).distinct().toList())
                    .containsExactly(-2);
        }
        assertThat(entries(xlsx).get("xl/worksheets/sheet1.xml")).doesNotContain("<f>").doesNotContain("<script>");
        List<CSVRecord> records = parse(csv.toByteArray());
        assertThat(records.stream().skip(1).map(record -> record.get(0)).toList()).isEqualTo(expected);
        assertThat(records.stream().skip(1).map(record -> record.get(1)).distinct().toList()).containsExactly("-2");
    }

    @Test
    void neutraliseLeavesOrdinaryTextAlone() {
        assertThat(SpreadsheetText.neutralise("Poiré")).isEqualTo("Poiré");
        assertThat(SpreadsheetText.neutralise("a=b")).isEqualTo("a=b");
        assertThat(SpreadsheetText.neutralise("")).isEmpty();
        assertThat(SpreadsheetText.neutralise(null)).isNull();
        assertThat(SpreadsheetText.neutralise("\0\0=1")).isEqualTo("'=1");
        assertThat(SpreadsheetText.withoutXmlIllegal("a\u0001b\u0000c\td\ne\uFFFEf\uD800g😀"))
                .isEqualTo("abc\td\nefg😀");
    }

    @Test
    void controlCharactersAreRemovedFromSpreadsheetTextWithoutUncoveringAFormula() throws IOException {
        var spec = new TableSpec("Text", List.of(new Column("Text", CellType.TEXT, 10)));
        byte[] xlsx = xlsx(writer -> writer.table(spec).row("\u0001=1+1"));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), WITH_FORMATS)) {
            assertThat(workbook.getFirstSheet().read().get(1).getCell(0).asString()).isEqualTo("'=1+1");
        }
    }

    @Test
    void csvStartsWithByteOrderMarkAndParsesBackToTheSameValues() throws IOException {
        var out = new ByteArrayOutputStream();
        try (TablesWriter writer = Exports.csv(out)) {
            TableSink sink = writer.table(MILESTONES);
            sink.row("CBP-01", "Poiré, \"quoted\"\nsecond line", Side.US, 1_234_567, new BigDecimal("0.125"), 1.0E7,
                    LocalDate.of(2012, 5, 2), Instant.parse("2012-05-02T15:30:00Z"));
            sink.row(null, "Nuevo Esquema de Empresas Certificadas", null, null, null, null, null, null);
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertThat(text).contains("\r\n").contains("\"Poiré, \"\"quoted\"\"\nsecond line\"");
        List<CSVRecord> records = parse(bytes);
        assertThat(records).hasSize(3);
        assertThat(records.getFirst().toList()).containsExactly("Initiative", "Title", "Side", "Days late", "Done",
                "Budget", "Baseline", "Logged");
        assertThat(records.get(1).toList()).containsExactly("CBP-01", "Poiré, \"quoted\"\nsecond line", "US",
                "1234567", "0.125", "10000000", "2012-05-02", "2012-05-02T15:30:00Z");
        assertThat(records.get(2).toList()).containsExactly("", "Nuevo Esquema de Empresas Certificadas", "", "", "",
                "", "", "");
    }

    @Test
    void csvHoldsOneTableOnly() throws IOException {
        try (TablesWriter writer = Exports.csv(new ByteArrayOutputStream())) {
            writer.table(MILESTONES);
            assertThatThrownBy(() -> writer.table(MILESTONES)).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void rowWithTheWrongNumberOfCellsIsRefused() throws IOException {
        try (TablesWriter writer = Exports.csv(new ByteArrayOutputStream())) {
            TableSink sink = writer.table(MILESTONES);
            assertThatThrownBy(() -> sink.row("only one")).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Test
    void zipHoldsOneCsvPerTableEachWithItsByteOrderMark() throws IOException {
        var out = new ByteArrayOutputStream();
        try (TablesWriter writer = Exports.csvZip(out)) {
            writer.table(new TableSpec("initiatives", List.of(new Column("Code", CellType.TEXT, 10)))).row("CBP-01");
            TableSink milestones = writer.table(new TableSpec("milestones/overdue",
                    List.of(new Column("Title", CellType.TEXT, 10))));
            milestones.row("Poiré");
            milestones.row("=1+1");
            writer.table(new TableSpec("Initiatives", List.of(new Column("Code", CellType.TEXT, 10))));
        }
        Map<String, byte[]> files = new TreeMap<>();
        try (var zip = new ZipInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertThat(files).containsOnlyKeys("initiatives.csv", "milestones_overdue.csv", "Initiatives (2).csv");
        files.values().forEach(content -> assertThat(content).startsWith(0xEF, 0xBB, 0xBF));
        assertThat(parse(files.get("milestones_overdue.csv")).stream().map(record -> record.get(0)).toList())
                .containsExactly("Title", "Poiré", "'=1+1");
        assertThat(parse(files.get("Initiatives (2).csv"))).hasSize(1);
    }

    @Test
    void sheetNamesAreMadeValidAndUnique() throws IOException {
        byte[] xlsx = xlsx(writer -> {
            for (String name : List.of("Milestones [overdue]: 2012/05?", "Milestones [overdue]: 2012/05?",
                    "A name much longer than thirty-one characters", "'quoted'", "", "sheet", "SHEET")) {
                writer.table(new TableSpec(name, List.of(new Column("A", CellType.TEXT, 5)))).row("x");
            }
        });
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), WITH_FORMATS)) {
            assertThat(workbook.getSheets().map(Sheet::getName).toList()).containsExactly(
                    "Milestones _overdue__ 2012_05_", "Milestones _overdue__ 2012_ (2)",
                    "A name much longer than thirty-", "quoted", "Sheet", "sheet (2)", "SHEET (3)");
        }
    }

    @Test
    void openingTheNextTableFinishesThePrevious() throws IOException {
        var out = new ByteArrayOutputStream();
        TableSink[] first = new TableSink[1];
        try (TablesWriter writer = Exports.xlsx(out, "t", MEXICO_CITY)) {
            first[0] = writer.table(new TableSpec("one", List.of(new Column("A", CellType.TEXT, 5))));
            writer.table(new TableSpec("two", List.of(new Column("A", CellType.TEXT, 5))));
            assertThatThrownBy(() -> first[0].row("late")).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void longSheetIsFlushedAsItGoesAndReadsBackWhole() throws IOException {
        var spec = new TableSpec("Long", List.of(new Column("N", CellType.INTEGER, 8),
                new Column("Text", CellType.TEXT, 20)));
        int count = XlsxTables.FLUSH_EVERY * 3 + 7;
        byte[] xlsx = xlsx(writer -> {
            TableSink sink = writer.table(spec);
            for (int n = 1; n <= count; n++) {
                sink.row(n, "row " + n);
            }
        });
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), WITH_FORMATS)) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(count + 1);
            assertThat(rows.getLast().getCell(0).asNumber()).isEqualByComparingTo(String.valueOf(count));
            assertThat(rows.getLast().getCell(1).asString()).isEqualTo("row " + count);
        }
        assertThat(entries(xlsx).get("xl/worksheets/sheet1.xml")).contains("<autoFilter ref=\"A1:B" + (count + 1) + "\"");
    }

    private interface Tables {
        void write(TablesWriter writer) throws IOException;
    }

    private static byte[] xlsx(Tables tables) throws IOException {
        var out = new ByteArrayOutputStream();
        try (TablesWriter writer = Exports.xlsx(out, "Accord export", MEXICO_CITY)) {
            tables.write(writer);
        }
        return out.toByteArray();
    }

    private static List<CSVRecord> parse(byte[] csv) throws IOException {
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(csv, 3, csv.length - 3),
                StandardCharsets.UTF_8)) {
            return new ArrayList<>(CSVFormat.RFC4180.parse(reader).getRecords());
        }
    }

    /** The cell's number format; Excel's built-in ones are stored as a number only. */
    private static String formatOf(Cell cell) {
        return cell.getDataFormatString() != null ? cell.getDataFormatString()
                : Map.of(9, "0%", 1, "0", 2, "0.00", 14, "yyyy-mm-dd").get(cell.getDataFormatId());
    }

    /** The parts of an XLSX file; through a file, as fastexcel's entries sizes follow their data. */
    private static Map<String, String> entries(byte[] zipped) throws IOException {
        Path file = Files.createTempFile("export", ".xlsx");
        try {
            Files.write(file, zipped);
            Map<String, String> entries = new TreeMap<>();
            try (var zip = new ZipFile(file.toFile())) {
                for (ZipEntry entry : Collections.list(zip.entries())) {
                    entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                            StandardCharsets.UTF_8));
                }
            }
            return entries;
        } finally {
            Files.delete(file);
        }
    }
}
