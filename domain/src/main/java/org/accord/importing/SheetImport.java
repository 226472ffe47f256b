package org.accord.importing;

import java.util.List;

/** What each kind of import knows: its columns, and how a sheet's rows become changes to save. */
interface SheetImport {

    List<ImportColumn> columns();

    /** Every row planned; every problem found noted in {@code problems}, at its row and column. */
    List<PlannedChange> plan(UploadedSheet sheet, ColumnMap columns, List<ImportProblem> problems);
}
