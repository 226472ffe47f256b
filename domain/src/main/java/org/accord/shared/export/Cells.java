package org.accord.shared.export;

import java.util.List;

/** Checks shared by the writers. */
final class Cells {

    private Cells() {
    }

    static void requireWidth(List<Column> columns, Object[] cells) {
        if (cells == null || cells.length != columns.size()) {
            throw new IllegalArgumentException("A row has one cell per column: expected " + columns.size()
                    + ", got " + (cells == null ? 0 : cells.length));
        }
    }

    /** Text cells: enums by name, anything that is not a number or a date by its text. */
    static String text(Object value) {
        return value instanceof Enum<?> constant ? constant.name() : String.valueOf(value);
    }
}
