package org.accord.importing;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where each column of an import is in the file, found by its header in English or in Spanish (case, accents and
 * spacing aside). Headers no column has, headers given twice and required columns missing are problems of row 1.
 */
final class ColumnMap {

    private final Map<String, Integer> indexById = new HashMap<>();
    private final Map<String, ImportColumn> byId = new HashMap<>();

    ColumnMap(List<ImportColumn> columns, SheetRow header, List<ImportProblem> problems) {
        Map<String, ImportColumn> byHeader = new HashMap<>();
        columns.forEach(column -> {
            byId.put(column.id(), column);
            column.headers().forEach(text -> byHeader.put(normal(text), column));
        });
        for (int index = 0; index < header.cells().size(); index++) {
            SheetCell cell = header.cell(index);
            if (cell.isBlank()) {
                continue;
            }
            ImportColumn column = byHeader.get(normal(cell.text()));
            if (column == null) {
                problems.add(new ImportProblem(header.number(), letter(index), null, "import.column.unknown",
                        List.of(cell.text().strip())));
            } else if (indexById.putIfAbsent(column.id(), index) != null) {
                problems.add(new ImportProblem(header.number(), letter(index), column, "import.column.duplicate",
                        List.of()));
            }
        }
        columns.stream().filter(column -> column.required() && !indexById.containsKey(column.id()))
                .forEach(column -> problems.add(new ImportProblem(header.number(), null, column,
                        "import.column.missing", List.of())));
    }

    boolean has(String id) {
        return indexById.containsKey(id);
    }

    int index(String id) {
        return indexById.getOrDefault(id, -1);
    }

    ImportColumn column(String id) {
        return byId.get(id);
    }

    String letter(String id) {
        return has(id) ? letter(index(id)) : null;
    }

    /** A, B, ... Z, AA, AB...: how spreadsheets name the column at {@code index} (from 0). */
    static String letter(int index) {
        var letters = new StringBuilder();
        for (int rest = index + 1; rest > 0; rest = (rest - 1) / 26) {
            letters.insert(0, (char) ('A' + (rest - 1) % 26));
        }
        return letters.toString();
    }

    private static String normal(String header) {
        return Normalizer.normalize(header, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }
}
