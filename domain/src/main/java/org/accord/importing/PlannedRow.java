package org.accord.importing;

import java.util.List;

/**
 * A row as it would be saved: its spreadsheet row, what identifies it (an initiative's code, or an initiative's code
 * and a milestone's English title), its titles, whether it is new, changed or unchanged, and the ids of the columns
 * that change.
 */
public record PlannedRow(int row, String key, String titleEn, String titleEs, RowOutcome outcome,
                         List<String> changedColumns) {

    public PlannedRow {
        changedColumns = List.copyOf(changedColumns);
    }
}
