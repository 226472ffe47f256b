package org.accord.importing;

import java.util.List;

/** A row of the sheet: its number as the spreadsheet shows it (the header is usually 1) and its cells. */
record SheetRow(int number, List<SheetCell> cells) {

    SheetCell cell(int index) {
        return index >= 0 && index < cells.size() ? cells.get(index) : SheetCell.BLANK;
    }

    boolean isBlank() {
        return cells.stream().allMatch(SheetCell::isBlank);
    }
}
