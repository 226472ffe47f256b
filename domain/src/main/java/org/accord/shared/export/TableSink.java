package org.accord.shared.export;

/**
 * Takes a table's rows one at a time, a cell per column in order. Cells: {@code String}, {@code Integer} or
 * {@code Long}, {@code BigDecimal} or {@code Double}, {@code LocalDate}, {@code Instant} or
 * {@code LocalDateTime}, an enum (written as its name), or null for an empty cell; anything else is written
 * as its text. Text goes through {@link SpreadsheetText#neutralise}; numbers and dates stay typed.
 */
public interface TableSink {

    void row(Object... cells);
}
