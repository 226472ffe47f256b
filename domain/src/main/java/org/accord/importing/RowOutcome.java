package org.accord.importing;

/** What saving a row would do to the portfolio. */
public enum RowOutcome {
    NEW, CHANGED, UNCHANGED
}
