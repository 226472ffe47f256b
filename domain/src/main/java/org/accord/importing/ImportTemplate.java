package org.accord.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.accord.people.Language;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The workbook to fill in: a first sheet with the headers in one language and no rows, and a second sheet that
 * says what each column takes.
 */
final class ImportTemplate {

    private ImportTemplate() {
    }

    static byte[] write(ImportKind kind, List<ImportColumn> columns, Language language) {
        boolean spanish = language == Language.ES;
        var out = new ByteArrayOutputStream();
        try {
            var workbook = new Workbook(out, "Accord", "1.0");
            String name = switch (kind) {
                case INITIATIVES -> spanish ? "Iniciativas" : "Initiatives";
                case MILESTONES -> spanish ? "Hitos" : "Milestones";
            };
            Worksheet rows = workbook.newWorksheet(name);
            Worksheet help = workbook.newWorksheet(spanish ? "Columnas" : "Columns");
            help.value(0, 0, spanish ? "Columna" : "Column");
            help.value(0, 1, spanish ? "Obligatoria" : "Required");
            help.value(0, 2, spanish ? "Qué escribir" : "What to write");
            help.range(0, 0, 0, 2).style().bold().set();
            for (int index = 0; index < columns.size(); index++) {
                ImportColumn column = columns.get(index);
                rows.value(0, index, column.header(language));
                rows.width(index, Math.max(14, column.header(language).length() + 4));
                help.value(index + 1, 0, column.header(language));
                help.value(index + 1, 1, column.required() ? (spanish ? "Sí" : "Yes") : "");
                help.value(index + 1, 2, column.hint(language));
            }
            rows.range(0, 0, 0, columns.size() - 1).style().bold().set();
            rows.freezePane(0, 1);
            help.width(0, 32);
            help.width(2, 90);
            workbook.finish();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
        return out.toByteArray();
    }
}
