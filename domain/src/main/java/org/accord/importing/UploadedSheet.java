package org.accord.importing;

import java.util.List;

/** The first sheet of a workbook, or a CSV file: its header row and the rows under it that are not blank. */
record UploadedSheet(SheetRow header, List<SheetRow> rows) {
}
