package org.accord.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;

/**
 * The first sheet of an XLSX, values only: a cell with a formula is refused at its row and column rather than its
 * cached value taken, since that value may be stale or written by a tool that never calculated it.
 */
final class XlsxSheet {

    static final int MAX_COLUMNS = 100;
    /** 9999-12-31 as a spreadsheet date number: larger numbers are no dates. */
    private static final double LAST_DATE = 2_958_465;

    private XlsxSheet() {
    }

    static UploadedSheet read(byte[] content, ImportLimits limits) {
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(false, false));
             var rows = workbook.getFirstSheet().openStream()) {
            SheetRow header = null;
            List<SheetRow> data = new ArrayList<>();
            for (Iterator<Row> iterator = rows.iterator(); iterator.hasNext(); ) {
                SheetRow row = row(iterator.next());
                if (row.isBlank()) {
                    continue;
                }
                if (header == null) {
                    header = row;
                } else {
                    data.add(row);
                    SpreadsheetReader.countRow(data.size(), limits);
                }
            }
            if (header == null) {
                throw new RefusedFile("import.file.no-rows");
            }
            return new UploadedSheet(header, data);
        } catch (IOException | RuntimeException unreadable) {
            if (unreadable instanceof RefusedFile refused) {
                throw refused;
            }
            throw new RefusedFile("import.file.unreadable");
        }
    }

    private static SheetRow row(Row row) {
        int width = Math.min(row.getCellCount(), MAX_COLUMNS);
        List<SheetCell> cells = new ArrayList<>(width);
        for (int index = 0; index < width; index++) {
            cells.add(cell(row.getCell(index)));
        }
        return new SheetRow(row.getRowNum(), cells);
    }

    private static SheetCell cell(Cell cell) {
        if (cell == null) {
            return SheetCell.BLANK;
        }
        if (cell.getFormula() != null) {
            return SheetCell.refused("import.cell.formula");
        }
        return switch (cell.getType()) {
            case NUMBER -> number(cell);
            case STRING -> SheetCell.text(cell.asString());
            case BOOLEAN -> SheetCell.text(String.valueOf(cell.asBoolean()));
            case FORMULA -> SheetCell.refused("import.cell.formula");
            case ERROR -> SheetCell.refused("import.cell.error");
            default -> SheetCell.BLANK;
        };
    }

    private static SheetCell number(Cell cell) {
        BigDecimal number = cell.asNumber();
        double value = number.doubleValue();
        LocalDate date = value >= 1 && value <= LAST_DATE ? cell.asDate().toLocalDate() : null;
        return new SheetCell(number.stripTrailingZeros().toPlainString(), date, null);
    }
}
