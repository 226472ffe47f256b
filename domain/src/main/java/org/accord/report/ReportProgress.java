package org.accord.report;

/** Told how many of a report's initiatives are written, so that the screen can show a progress bar. */
@FunctionalInterface
public interface ReportProgress {

    ReportProgress NONE = (done, total) -> {
    };

    void advanced(int done, int total);
}
