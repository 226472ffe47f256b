package org.accord.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Files that are no spreadsheet, or are built to harm the reader, are refused before anything is parsed. */
class HostileImportFilesTest {

    static final ImportLimits LIMITS = new ImportLimits(1024 * 1024, 100, 8 * 1024 * 1024);

    @Test
    void aPngOrPdfIsNotASpreadsheetWhateverItsName() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n<< /Length 3 >>\nstream\n\u0001\u0002\u0003"
                .getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(png, "import.file.not-spreadsheet");
        assertRefused(pdf, "import.file.not-spreadsheet");
        assertRefused(new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
                (byte) 0xE1}, "import.file.old-excel");
        assertRefused(new byte[0], "import.file.empty");
        assertRefused(new byte[] {'%', 'P', 'D', 'F', 0}, "import.file.not-spreadsheet");
    }

    @Test
    void aZipThatIsNoWorkbookIsRefused() {
        byte[] zip = ImportFiles.zipBomb(10);
        byte[] withoutWorkbook = new String(zip, StandardCharsets.ISO_8859_1).replace("xl/workbook.xml", "xl/notebook.xml")
                .getBytes(StandardCharsets.ISO_8859_1);

        assertRefused(withoutWorkbook, "import.file.not-spreadsheet");
    }

    @Test
    void aFileLargerThanTheLimitOrWithTooManyRowsIsRefused() {
        byte[] large = ImportFiles.csv("Code\n" + "x".repeat(1024 * 1024));
        List<List<?>> rows = new ArrayList<>();
        rows.add(List.of("Code"));
        rows.addAll(Collections.nCopies(101, List.of("INI-1")));

        assertRefused(large, "import.file.too-large");
        assertRefused(ImportFiles.xlsx(rows), "import.file.too-many-rows");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsParsed() {
        byte[] bomb = ImportFiles.zipBomb(20 * 1024 * 1024);

        assertThat((long) bomb.length).isLessThan(LIMITS.maxBytes());
        assertRefused(bomb, "import.file.unpacks-too-much");
    }

    @Test
    void aPartThatUnpacksFarMoreThanItWeighsIsRefusedUnderTheTotalLimit() {
        var generous = new ImportLimits(1024 * 1024, 100, 64 * 1024 * 1024);

        assertThatThrownBy(() -> SpreadsheetReader.read(ImportFiles.zipBomb(8 * 1024 * 1024), generous))
                .isInstanceOfSatisfying(RefusedFile.class, refused ->
                        assertThat(refused.problem().messageKey()).isEqualTo("import.file.unpacks-too-much"));
    }

    @Test
    void anXmlPartDeclaringEntitiesIsRefused() {
        assertRefused(ImportFiles.externalEntity(), "import.file.doctype");
    }

    @Test
    void formulasAreRefusedAtTheirCellAndValuesReadAsTheyAre() {
        byte[] file = ImportFiles.xlsx(List.of(List.of("Code", "Weight"),
                List.of("INI-1", new ImportFiles.Formula("1+1")), List.of("-5", 3)));

        UploadedSheet sheet = SpreadsheetReader.read(file, LIMITS);

        assertThat(sheet.rows()).extracting(row -> row.cell(1).refusal(), row -> row.cell(0).text())
                .containsExactly(tuple("import.cell.formula", "INI-1"), tuple(null, "-5"));
        assertThat(sheet.rows().get(1).cell(1).text()).isEqualTo("3");
    }

    @Test
    void csvInWindows1252AndWithQuotedLineBreaksIsRead() {
        byte[] latin = "Clave,Título\r\nINI-1,\"Capacitación\r\nen Nuevo Laredo\"\r\n".getBytes(
                java.nio.charset.Charset.forName("windows-1252"));

        UploadedSheet sheet = SpreadsheetReader.read(latin, LIMITS);

        assertThat(sheet.header().cell(1).text()).isEqualTo("Título");
        assertThat(sheet.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cell(1).text()).isEqualTo("Capacitación\r\nen Nuevo Laredo");
        });
    }

    private static void assertRefused(byte[] content, String messageKey) {
        assertThatThrownBy(() -> SpreadsheetReader.read(content, LIMITS)).isInstanceOfSatisfying(RefusedFile.class,
                refused -> assertThat(refused.problem().messageKey()).isEqualTo(messageKey));
    }
}
