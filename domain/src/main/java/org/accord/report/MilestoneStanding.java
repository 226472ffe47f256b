package org.accord.report;

/**
 * How a milestone ({@code m}) stands on the day bound as {@code :asOf}, in SQL, by the schedule rules of
 * {@link org.accord.milestone.Schedule} and of the milestones list's filters: on that day the same conditions as
 * the list's "overdue" and "slipped". Shared by the period snapshots and the dashboard, so that a snapshot taken
 * today and the dashboard's live figures count alike.
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

    private MilestoneStanding() {
    }

    /** {@code SUM(CASE WHEN condition THEN 1 ELSE 0 END)}. */
    static String count(String condition) {
        return "SUM(CASE WHEN " + condition + " THEN 1 ELSE 0 END)";
    }
}
