package org.accord.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.accord.progress.PeriodClosed;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Writes how every initiative stood when a reporting period closed, for the trends over periods: its status and
 * health then, and its milestones (cancelled ones left out) as of the period's end, or of the closing day when the
 * period closes early, by the report's schedule rules ({@link org.accord.milestone.Schedule}). Every initiative is
 * written, cancelled ones too, with their status; the trends leave cancelled ones out. Two statements whatever the
 * portfolio's size: the period's rows go, then one {@code INSERT ... SELECT} writes them all, so writing twice keeps
 * one row each.
 *
 * <p>"As of" is exact for the milestone dates: one done after that day counts as open then, with its current
 * forecast. A milestone's status MISSED or CANCELLED, and the initiative's status and health, are today's: they
 * have no dated history to read. That matters only when snapshots are written after the fact (the generator).
 */
@Component
public class PeriodSnapshots {

    /** Done by then. */
    private static final String DONE = "m.status = 'DONE' AND m.actual_date <= :asOf";
    /** Not done by then, and missed, or still open and expected before then. */
    private static final String OVERDUE = "(m.actual_date IS NULL OR m.actual_date > :asOf) AND (m.status = 'MISSED'"
            + " OR ((m.status IN ('PLANNED', 'IN_PROGRESS') OR m.status = 'DONE' AND m.actual_date > :asOf)"
            + " AND COALESCE(m.forecast_date, m.baseline_date) < :asOf))";
    /** Expected (or done) after its baseline. */
    private static final String SLIPPED = "COALESCE(CASE WHEN m.actual_date <= :asOf THEN m.actual_date END,"
            + " m.forecast_date, m.baseline_date) > m.baseline_date";
    private static final String STATE = "CASE WHEN m.id IS NULL THEN NULL WHEN " + OVERDUE + " THEN 'LATE'"
            + " WHEN " + SLIPPED + " THEN 'LATE' ELSE 'ON_TIME' END";

    private final NamedParameterJdbcTemplate jdbc;

    PeriodSnapshots(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventListener
    void closed(PeriodClosed event) {
        LocalDate closingDay = event.closedAt().atZone(ZoneOffset.UTC).toLocalDate();
        write(event.periodId(), event.end().isBefore(closingDay) ? event.end() : closingDay, event.closedAt());
    }

    /** The period's snapshot of every initiative, its milestones counted as of {@code asOf}; replaces any there. */
    public int write(long periodId, LocalDate asOf, Instant takenAt) {
        var parameters = new MapSqlParameterSource("period", periodId).addValue("asOf", asOf)
                .addValue("takenAt", LocalDateTime.ofInstant(takenAt, ZoneOffset.UTC));
        jdbc.update("DELETE FROM period_snapshot WHERE period_id = :period", parameters);
        return jdbc.update("INSERT INTO period_snapshot (period_id, initiative_id, status, health, milestones_total,"
                + " milestones_done, milestones_late, milestones_on_time, taken_at)"
                + " SELECT :period, i.id, i.status, i.health, COUNT(m.id),"
                + " SUM(CASE WHEN " + DONE + " THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN (" + STATE + ") = 'LATE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN (" + STATE + ") = 'ON_TIME' THEN 1 ELSE 0 END), :takenAt"
                + " FROM initiative i LEFT JOIN milestone m ON m.initiative_id = i.id AND m.status <> 'CANCELLED'"
                + " GROUP BY i.id, i.status, i.health", parameters);
    }

    /** Whether the period has a snapshot already. */
    public boolean taken(long periodId) {
        return !jdbc.queryForList("SELECT 1 FROM period_snapshot WHERE period_id = :period LIMIT 1",
                new MapSqlParameterSource("period", periodId), Integer.class).isEmpty();
    }
}
