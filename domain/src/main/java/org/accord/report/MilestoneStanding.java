package org.accord.report;

/**
 * How a milestone ({@code m}) stands on the day bound as {@code :asOf}, in SQL, by the schedule rules of
 * {@link org.accord.milestone.Schedule}: for a snapshot, "as of" a past day. The dashboard's live figures use the
 * milestones list's own conditions ({@code MISSED_TODAY}, {@code SLIPPED_TODAY}, on the stored expected date), which
 * give the same answer as these on the day itself, so that a snapshot taken today counts as the lists do.
 */
final class MilestoneStanding {

    /** Done by then. */
    static final String DONE = "m.status = 'DONE' AND m.actual_date <= :asOf";
    /** Not done by then, and missed, or still open and expected before then. */
    static final String MISSED = "(m.actual_date IS NULL OR m.actual_date > :asOf) AND (m.status = 'MISSED'"
            + " OR ((m.status IN ('PLANNED', 'IN_PROGRESS') OR m.status = 'DONE' AND m.actual_date > :asOf)"
            + " AND COALESCE(m.forecast_date, m.baseline_date) < :asOf))";
    /** Expected (or done) after its baseline. */
    static final String SLIPPED = "COALESCE(CASE WHEN m.actual_date <= :asOf THEN m.actual_date END,"
            + " m.forecast_date, m.baseline_date) > m.baseline_date";
    /** Neither missed nor slipped. */
    static final String ON_TIME = "NOT (" + MISSED + ") AND NOT (" + SLIPPED + ")";

    /** The milestones list's "overdue" today ({@code :asOf}): not done, and missed or expected before today. */
    static final String MISSED_TODAY = "m.actual_date IS NULL AND (m.status = 'MISSED'"
            + " OR m.status IN ('PLANNED', 'IN_PROGRESS') AND m.expected_date < :asOf)";
    /** The milestones list's "slipped": expected, or done, after the baseline. */
    static final String SLIPPED_TODAY = "COALESCE(m.actual_date, m.forecast_date, m.baseline_date) > m.baseline_date";

    private MilestoneStanding() {
    }

    /** {@code SUM(CASE WHEN condition THEN 1 ELSE 0 END)}. */
    static String count(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }
}
