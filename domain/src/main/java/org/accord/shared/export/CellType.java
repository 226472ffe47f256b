package org.accord.shared.export;

/**
 * What a column holds, which decides its number or date format in a spreadsheet. {@code PERCENT} cells hold
 * fractions: 0.25 shows as 25 % in XLSX and is written 0.25 in CSV.
 */
public enum CellType {
    TEXT, INTEGER, DECIMAL, PERCENT, DATE, DATE_TIME
}
