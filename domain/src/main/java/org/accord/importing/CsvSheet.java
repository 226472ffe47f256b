package org.accord.importing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file: UTF-8 (with or without the mark Excel writes), else Windows-1252, as Excel's plain "CSV" is on
 * Windows; separated by commas, semicolons (Excel in Spanish) or tabs, whichever the header uses most. Text that
 * holds control characters is no CSV (a PDF, an image) and is refused. Every cell is text: a cell starting with
 * {@code =} is kept as the text it is, never evaluated (exports put a quote before such text).
 */
final class CsvSheet {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvSheet() {
    }

    static UploadedSheet read(byte[] content, ImportLimits limits) {
        String text = decode(content);
        if (hasControlCharacters(text)) {
            throw new RefusedFile("import.file.not-spreadsheet");
        }
        var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false).get();
        SheetRow header = null;
        List<SheetRow> rows = new ArrayList<>();
        try (var parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                SheetRow row = row(record);
                if (row.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = row;
                } else {
                    rows.add(row);
                    SpreadsheetReader.countRow(rows.size(), limits);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException malformed) {
            throw new RefusedFile("import.file.unreadable");
        }
        if (header == null) {
            throw new RefusedFile("import.file.no-rows");
        }
        return new UploadedSheet(header, rows);
    }

    private static SheetRow row(CSVRecord record) {
        int width = Math.min(record.size(), XlsxSheet.MAX_COLUMNS);
        List<SheetCell> cells = new ArrayList<>(width);
        for (int index = 0; index < width; index++) {
            cells.add(SheetCell.text(record.get(index)));
        }
        // Records are lines of the file as a spreadsheet shows them: the header is row 1.
        return new SheetRow(Math.toIntExact(record.getRecordNumber()), cells);
    }

    private static String decode(byte[] content) {
        int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        ByteBuffer bytes = ByteBuffer.wrap(content, start, content.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(bytes).toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(content, WINDOWS_1252);
        }
    }

    private static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\r' && c != '\n' || c == 0x7F);
    }

    /** The separator the first line uses most, outside quotes. */
    private static char delimiter(String text) {
        int comma = 0;
        int semicolon = 0;
        int tab = 0;
        boolean quoted = false;
        for (int at = 0; at < text.length(); at++) {
            char c = text.charAt(at);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted) {
                comma += c == ',' ? 1 : 0;
                semicolon += c == ';' ? 1 : 0;
                tab += c == '\t' ? 1 : 0;
            }
        }
        return semicolon > comma && semicolon >= tab ? ';' : tab > comma ? '\t' : ',';
    }
}
