package org.accord.importing;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The values of one row, typed, each problem noted at the row and column where it is. A column the file lacks
 * reads as absent ({@link #has}): an import then keeps what the record has.
 */
final class RowCells {

    private final SheetRow row;
    private final ColumnMap columns;
    private final List<ImportProblem> problems;
    private final int problemsBefore;

    RowCells(SheetRow row, ColumnMap columns, List<ImportProblem> problems) {
        this.row = row;
        this.columns = columns;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    int number() {
        return row.number();
    }

    boolean has(String id) {
        return columns.has(id);
    }

    /** Whether a problem was noted for this row since it was read. */
    boolean hasProblems() {
        return problems.size() > problemsBefore;
    }

    /** The cell's text, stripped; empty when blank, absent, or refused (a formula: noted). */
    String text(String id) {
        SheetCell cell = cell(id);
        return cell == null ? "" : cell.text().strip();
    }

    /** A date: a spreadsheet date, or text as 2012-05-31; null when blank. */
    LocalDate date(String id) {
        SheetCell cell = cell(id);
        if (cell == null || cell.isBlank()) {
            return null;
        }
        if (cell.date() != null) {
            return cell.date();
        }
        try {
            return LocalDate.parse(cell.text().strip());
        } catch (DateTimeParseException notADate) {
            problem(id, "import.date.invalid", cell.text().strip());
            return null;
        }
    }

    /** One of the enum's values, by its name (case and spaces aside); null when blank. */
    <E extends Enum<E>> E choice(String id, Class<E> type) {
        String text = text(id);
        if (text.isEmpty()) {
            return null;
        }
        String name = text.toUpperCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        for (E value : type.getEnumConstants()) {
            if (value.name().equals(name)) {
                return value;
            }
        }
        problem(id, "import.value.unknown", text,
                Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
        return null;
    }

    /** A whole number; null when blank. */
    Integer whole(String id) {
        String text = text(id);
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notWhole) {
            problem(id, "import.number.invalid", text);
            return null;
        }
    }

    /** Whether this row already has a problem at that column. */
    boolean hasProblem(String id) {
        for (int at = problemsBefore; at < problems.size(); at++) {
            ImportProblem problem = problems.get(at);
            if (problem.column() != null && problem.column().id().equals(id)) {
                return true;
            }
        }
        return false;
    }

    void problem(String id, String messageKey, String... args) {
        problems.add(new ImportProblem(row.number(), columns.letter(id), columns.column(id), messageKey,
                List.of(args)));
    }

    private SheetCell cell(String id) {
        if (!columns.has(id)) {
            return null;
        }
        SheetCell cell = row.cell(columns.index(id));
        if (cell.refusal() != null) {
            problem(id, cell.refusal());
            return null;
        }
        return cell;
    }
}
