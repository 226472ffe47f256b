package org.accord.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/** Spreadsheets as people send them, and as attackers build them. */
public final class ImportFiles {

    /** Written as a formula, not as a value. */
    public record Formula(String expression) {
    }

    private ImportFiles() {
    }

    /** A workbook whose first sheet holds {@code rows}: text, numbers, dates (as date cells) and formulas. */
    public static byte[] xlsx(List<List<?>> rows) {
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Test", "1.0");
            Worksheet sheet = workbook.newWorksheet("Sheet 1");
            for (int r = 0; r < rows.size(); r++) {
                List<?> row = rows.get(r);
                for (int c = 0; c < row.size(); c++) {
                    Object value = row.get(c);
                    switch (value) {
                        case null -> { }
                        case Formula formula -> sheet.formula(r, c, formula.expression());
                        case LocalDate date -> {
                            sheet.value(r, c, date);
                            sheet.style(r, c).format("yyyy-mm-dd").set();
                        }
                        case Number number -> sheet.value(r, c, number);
                        default -> sheet.value(r, c, value.toString());
                    }
                }
            }
            workbook.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }

    public static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** A zip with a workbook part and one part of {@code zeros} zero bytes: a few KB that unpack to megabytes. */
    public static byte[] zipBomb(int zeros) {
        return zip("xl/workbook.xml", "<workbook/>".getBytes(StandardCharsets.UTF_8), "xl/worksheets/sheet1.xml",
                new byte[zeros]);
    }

    /** A workbook part declaring an external entity. */
    public static byte[] externalEntity() {
        String xml = """
                <?xml version="1.0" encoding="UTF-8"?>
                <!DOCTYPE workbook [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
                <workbook><sheets><sheet name="&secret;" sheetId="1"/></sheets></workbook>""";
        return zip("[Content_Types].xml", "<Types/>".getBytes(StandardCharsets.UTF_8), "xl/workbook.xml",
                xml.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] zip(String firstName, byte[] first, String secondName, byte[] second) {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(firstName));
            zip.write(first);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(secondName));
            zip.write(second);
            zip.closeEntry();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }
}
