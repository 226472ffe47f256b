package org.accord.shared.export;

import java.util.List;
import java.util.Objects;

/** A table to export: its name (the sheet's, or the CSV file's without extension) and its columns. */
public record TableSpec(String name, List<Column> columns) {

    public TableSpec {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("A table has at least one column: " + name);
        }
    }
}
