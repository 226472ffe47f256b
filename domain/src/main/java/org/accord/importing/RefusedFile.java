package org.accord.importing;

/** A file that is not read at all: not a spreadsheet, too large, or built to harm its reader. */
class RefusedFile extends RuntimeException {

    private final transient ImportProblem problem;

    RefusedFile(String messageKey, String... args) {
        super(messageKey);
        this.problem = ImportProblem.ofFile(messageKey, args);
    }

    ImportProblem problem() {
        return problem;
    }
}
