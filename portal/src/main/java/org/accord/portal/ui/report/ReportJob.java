package org.accord.portal.ui.report;

import java.util.concurrent.CancellationException;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/** A report being written in the background for one person: how far it got, and its file or error at the end. */
final class ReportJob {

    enum State { RUNNING, DONE, FAILED, CANCELLED }

    private final AtomicInteger done = new AtomicInteger();
    private final AtomicInteger total = new AtomicInteger();
    private volatile State state = State.RUNNING;
    private volatile ReportFile file;
    private volatile String errorKey;
    private volatile Future<?> future;

    /** Records how far the writing got; once cancelled, stops the writing, which would otherwise run to its end. */
    void advanced(int doneSoFar, int all) {
        if (state == State.CANCELLED) {
            throw new CancellationException("The report was cancelled");
        }
        done.set(doneSoFar);
        total.set(all);
    }

    double fraction() {
        int all = total.get();
        return all == 0 ? 0 : Math.min(1, (double) done.get() / all);
    }

    State state() {
        return state;
    }

    ReportFile file() {
        return file;
    }

    String errorKey() {
        return errorKey;
    }

    void started(Future<?> running) {
        this.future = running;
    }

    void finished(ReportFile written) {
        if (state == State.RUNNING) {
            this.file = written;
            this.state = State.DONE;
        }
    }

    void failed(String key) {
        if (state == State.RUNNING) {
            this.errorKey = key;
            this.state = State.FAILED;
        }
    }

    void cancel() {
        if (state == State.RUNNING) {
            state = State.CANCELLED;
            if (future != null) {
                future.cancel(true);
            }
        }
    }
}
