package org.accord.importing;

import java.util.List;

/**
 * What a dry run found, or what a commit did: the rows as planned, the problems (none once saved) and whether
 * anything was saved. A commit saves every row or, with any problem, none.
 */
public record ImportResult(ImportKind kind, List<ImportColumn> columns, List<PlannedRow> rows,
                           List<ImportProblem> problems, boolean saved) {

    public ImportResult {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Whether a commit would save something and nothing stands in the way. */
    public boolean mayCommit() {
        return problems.isEmpty() && count(RowOutcome.NEW) + count(RowOutcome.CHANGED) > 0;
    }

    public long count(RowOutcome outcome) {
        return rows.stream().filter(row -> row.outcome() == outcome).count();
    }
}
