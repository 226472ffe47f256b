package org.accord.importing;

/** What a spreadsheet holds: initiatives, or milestones of existing initiatives. */
public enum ImportKind {
    INITIATIVES, MILESTONES
}
