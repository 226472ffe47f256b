package org.accord.importing;

/** A row as planned, and how a commit saves it through the services (nothing to run for an unchanged row). */
record PlannedChange(PlannedRow row, Runnable save) {
}
