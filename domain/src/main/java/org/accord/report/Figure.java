package org.accord.report;

/** A dashboard number now and at the end of the previous period; either is null when it cannot be known. */
public record Figure(Integer now, Integer before) {

    public static Figure of(Integer now, Integer before) {
        return new Figure(now, before);
    }

    /** Now less before, or null when either is unknown. */
    public Integer change() {
        return now == null || before == null ? null : now - before;
    }
}
