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
 * written, cancelled ones too, with their status; the trends leave cancelled ones out. With it go each initiative's
 * milestones by owner side and each commitment's number of initiatives, for the dashboard's changes since the
 * previous period. Six statements whatever the portfolio's size: the period's rows go, then an
 * {@code INSERT ... SELECT} per table writes them all, so writing twice keeps one row each.
 *
 * <p>"As of" is exact for the milestone dates: one done after that day counts as open then, with its current
 * forecast. A milestone's status MISSED or CANCELLED, and the initiative's status and health, are today's: they
 * have no dated history to read. That matters only when snapshots are written after the fact (the generator).
 */
@Component
public class PeriodSnapshots {

    private static final String STATE = "CASE WHEN m.id IS NULL THEN NULL WHEN " + MilestoneStanding.MISSED
            + " THEN 'LATE' WHEN " + MilestoneStanding.SLIPPED + " THEN 'LATE' ELSE 'ON_TIME' END";

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
        jdbc.update("DELETE FROM period_snapshot_side WHERE period_id = :period", parameters);
        jdbc.update("DELETE FROM period_snapshot_commitment WHERE period_id = :period", parameters);
        jdbc.update("DELETE FROM period_snapshot WHERE period_id = :period", parameters);
        int written = jdbc.update("INSERT INTO period_snapshot (period_id, initiative_id, status, health, milestones_total,"
                + " milestones_done, milestones_late, milestones_on_time, taken_at)"
                + " SELECT :period, i.id, i.status, i.health, COUNT(m.id),"
                + " " + MilestoneStanding.count(MilestoneStanding.DONE) + ","
                + " SUM(CASE WHEN (" + STATE + ") = 'LATE' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN (" + STATE + ") = 'ON_TIME' THEN 1 ELSE 0 END), :takenAt"
                + " FROM initiative i LEFT JOIN milestone m ON m.initiative_id = i.id AND m.status <> 'CANCELLED'"
                + " GROUP BY i.id, i.status, i.health", parameters);
        jdbc.update("INSERT INTO period_snapshot_side (period_id, initiative_id, owner_side, milestones_total,"
                + " milestones_on_time, milestones_slipped, milestones_missed)"
                + " SELECT :period, m.initiative_id, m.owner_side, COUNT(*), "
                + MilestoneStanding.count(MilestoneStanding.ON_TIME) + ", "
                + MilestoneStanding.count(MilestoneStanding.SLIPPED) + ", "
                + MilestoneStanding.count(MilestoneStanding.MISSED)
                + " FROM milestone m WHERE m.status <> 'CANCELLED' GROUP BY m.initiative_id, m.owner_side", parameters);
        jdbc.update("INSERT INTO period_snapshot_commitment (period_id, commitment_id, initiatives)"
                + " SELECT :period, c.id, COUNT(ic.initiative_id) FROM commitment c"
                + " LEFT JOIN initiative_commitment ic ON ic.commitment_id = c.id GROUP BY c.id", parameters);
        return written;
    }

    /** Whether the period has a snapshot already. */
    public boolean taken(long periodId) {
        return !jdbc.queryForList("SELECT 1 FROM period_snapshot WHERE period_id = :period LIMIT 1",
                new MapSqlParameterSource("period", periodId), Integer.class).isEmpty();
    }
}
