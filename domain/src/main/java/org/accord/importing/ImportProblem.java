package org.accord.importing;

import java.util.List;

/**
 * Why a row (or, at row 0, the whole file) cannot be imported: the spreadsheet row, the column's letter and
 * definition where one is concerned (else null), and a message key with its arguments for the portal to translate.
 */
public record ImportProblem(int row, String cell, ImportColumn column, String messageKey, List<String> args) {

    public ImportProblem {
        args = List.copyOf(args);
    }

    static ImportProblem ofFile(String messageKey, String... args) {
        return new ImportProblem(0, null, null, messageKey, List.of(args));
    }
}
