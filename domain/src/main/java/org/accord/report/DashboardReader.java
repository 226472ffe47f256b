package org.accord.report;

import static org.accord.report.MilestoneStanding.MISSED_TODAY;
import static org.accord.report.MilestoneStanding.SLIPPED_TODAY;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.accord.initiative.Health;
import org.accord.milestone.OwnerSide;
import org.accord.report.DashboardFigures.Capped;
import org.accord.report.DashboardFigures.LateMilestone;
import org.accord.report.DashboardFigures.TurnedInitiative;
import org.accord.report.DashboardFigures.UncoveredCommitment;
import org.accord.report.DashboardFigures.UpdateAttention;
import org.accord.report.chart.Slippage;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The dashboard's SQL: grouped counts, today's ("live") or a closed period's snapshot, one statement each; the
 * attention lists capped, with their length from a window count. Nothing is loaded row by row.
 */
@Component
class DashboardReader {

    static final int ATTENTION_CAP = 10;
    /** Slipped this many days or fewer is not yet "needs attention": the first slippage bucket. */
    static final int SLIPPED_DAYS = (int) Slippage.UP_TO_30_DAYS.toDays();
    private static final String EXPECTED = "COALESCE(m.actual_date, m.forecast_date, m.baseline_date)";

    private final NamedParameterJdbcTemplate jdbc;

    DashboardReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Every period, the earliest first. */
    List<DashboardPeriod> periods() {
        return jdbc.query("SELECT rp.id, rp.code, rp.start_date, rp.end_date, rp.state,"
                + " (SELECT MIN(s.taken_at) FROM period_snapshot s WHERE s.period_id = rp.id)"
                + " FROM reporting_period rp ORDER BY rp.start_date", (rs, n) -> new DashboardPeriod(rs.getLong(1),
                rs.getString(2), ReportReader.date(rs, 3), ReportReader.date(rs, 4), "OPEN".equals(rs.getString(5)),
                ReportReader.instant(rs, 6)));
    }

    /** Every agreement, then every commitment, as dashboard scopes, in code and number order. */
    List<DashboardScope> scopes() {
        return jdbc.query("SELECT 'AGREEMENT', a.id, a.id, a.code, CONCAT(a.code, ' · ', a.title_en),"
                + " CONCAT(a.code, ' · ', a.title_es), a.code, 0 FROM agreement a UNION ALL"
                + " SELECT 'COMMITMENT', c.id, a.id, a.code, CONCAT(a.code, ' ', c.number, ' · ', c.title_en),"
                + " CONCAT(a.code, ' ', c.number, ' · ', c.title_es), a.code, c.number"
                + " FROM commitment c JOIN agreement a ON a.id = c.agreement_id ORDER BY 1, 7, 8",
                (rs, n) -> new DashboardScope(ScopeKind.valueOf(rs.getString(1)), rs.getLong(2), rs.getLong(3),
                        rs.getString(4), new Bilingual(rs.getString(5), rs.getString(6))));
    }

    /** Today's milestone figures by owner side, and the charts' numbers, counted together. */
    record LiveMilestones(Map<OwnerSide, int[]> bySide, ChartCounts charts) {

        int sum(int index) {
            return bySide.values().stream().mapToInt(counts -> counts[index]).sum();
        }
    }

    /**
     * Milestones by owner side as they stand today, by the milestones list's rules: [total, on time, slipped, missed,
     * needing attention (missed, or more than {@link #SLIPPED_DAYS} days late)]; with the burn-up's and slippage
     * chart's numbers from the same pass over the milestones (one statement, grouped by side, the charts' months and
     * bucket, missed and slipped).
     */
    LiveMilestones liveMilestones(ReportScope scope, LocalDate today) {
        var parameters = new MapSqlParameterSource("asOf", today);
        Map<OwnerSide, int[]> sides = new EnumMap<>(OwnerSide.class);
        var charts = new ChartCounts();
        jdbc.query("SELECT " + ChartCounts.GROUPS + ", m.owner_side, " + flag(MISSED_TODAY) + ", "
                + flag(SLIPPED_TODAY) + ", COUNT(*) FROM milestone m WHERE m.status <> 'CANCELLED' AND "
                + ScopeSql.initiatives(scope, "m.initiative_id", parameters) + " GROUP BY 1, 2, 3, 4, 5, 6, 7",
                parameters, rs -> {
                    int milestones = rs.getInt(8);
                    charts.add(rs, 1, milestones);
                    boolean missed = rs.getInt(6) == 1;
                    boolean slipped = rs.getInt(7) == 1;
                    int[] counts = sides.computeIfAbsent(OwnerSide.valueOf(rs.getString(5)), side -> new int[5]);
                    counts[0] += milestones;
                    counts[1] += missed || slipped ? 0 : milestones;
                    counts[2] += slipped ? milestones : 0;
                    counts[3] += missed ? milestones : 0;
                    counts[4] += missed || rs.getInt(4) > Slippage.UP_TO_30_DAYS.ordinal() ? milestones : 0;
                });
        return new LiveMilestones(sides, charts);
    }

    private static String flag(String condition) {
        return "CASE WHEN " + condition + " THEN 1 ELSE 0 END";
    }

    Map<OwnerSide, int[]> snapshotMilestones(ReportScope scope, long periodId) {
        var parameters = new MapSqlParameterSource("period", periodId);
        return bySide("SELECT s.owner_side, SUM(s.milestones_total), SUM(s.milestones_on_time),"
                + " SUM(s.milestones_slipped), SUM(s.milestones_missed) FROM period_snapshot_side s"
                + " WHERE s.period_id = :period AND " + ScopeSql.initiatives(scope, "s.initiative_id", parameters)
                + " GROUP BY s.owner_side", parameters);
    }

    private Map<OwnerSide, int[]> bySide(String sql, MapSqlParameterSource parameters) {
        Map<OwnerSide, int[]> sides = new EnumMap<>(OwnerSide.class);
        jdbc.query(sql, parameters, rs -> {
            int[] counts = new int[5];
            for (int i = 0; i < rs.getMetaData().getColumnCount() - 1; i++) {
                counts[i] = rs.getInt(i + 2);
            }
            sides.put(OwnerSide.valueOf(rs.getString(1)), counts);
        });
        return sides;
    }

    /** Active initiatives by health today. */
    Map<Health, Integer> liveHealth(ReportScope scope) {
        var parameters = new MapSqlParameterSource();
        return byHealth("SELECT i.health, COUNT(*) FROM initiative i WHERE i.status = 'ACTIVE' AND "
                + ScopeSql.initiatives(scope, "i.id", parameters) + " GROUP BY i.health", parameters);
    }

    Map<Health, Integer> snapshotHealth(ReportScope scope, long periodId) {
        var parameters = new MapSqlParameterSource("period", periodId);
        return byHealth("SELECT s.health, COUNT(*) FROM period_snapshot s WHERE s.period_id = :period"
                + " AND s.status = 'ACTIVE' AND " + ScopeSql.initiatives(scope, "s.initiative_id", parameters)
                + " GROUP BY s.health", parameters);
    }

    private Map<Health, Integer> byHealth(String sql, MapSqlParameterSource parameters) {
        Map<Health, Integer> counts = new EnumMap<>(Health.class);
        jdbc.query(sql, parameters, rs -> {
            counts.put(Health.valueOf(rs.getString(1)), rs.getInt(2));
        });
        return counts;
    }

    /**
     * Open tasks past due today by the assignee's party and agency, as the team tasks list counts them for a
     * viewer of party {@code viewerPartyId}: shared tasks and that party's internal ones.
     */
    List<OverdueTasks> liveOverdueTasks(ReportScope scope, LocalDate today, long viewerPartyId) {
        var parameters = new MapSqlParameterSource("today", today).addValue("party", viewerPartyId);
        return jdbc.query("SELECT p.code, ag.code, ag.name_en, ag.name_es, COUNT(*) FROM task t"
                + " JOIN user_account u ON u.id = t.assignee_id JOIN party p ON p.id = u.party_id"
                + " JOIN agency ag ON ag.id = u.agency_id"
                + " WHERE t.closed_at IS NULL AND t.due_date < :today AND (t.internal = FALSE OR t.party_id = :party)"
                + " AND " + ScopeSql.initiatives(scope, "t.initiative_id", parameters)
                + " GROUP BY p.id, p.code, ag.code, ag.name_en, ag.name_es ORDER BY p.id, ag.code", parameters,
                (rs, n) -> new OverdueTasks(rs.getString(1), rs.getString(2),
                        new Bilingual(rs.getString(3), rs.getString(4)), rs.getInt(5)));
    }

    /** Commitments of the scope that no initiative serves today, the first {@code limit} and how many in all. */
    Capped<UncoveredCommitment> liveUncovered(ReportScope scope, int limit) {
        var parameters = new MapSqlParameterSource("scopeId", scope.id()).addValue("limit", limit);
        int[] total = {0};
        List<UncoveredCommitment> rows = jdbc.query("SELECT c.id, a.id, a.code, c.number, c.title_en, c.title_es,"
                + " COUNT(*) OVER () FROM commitment c JOIN agreement a ON a.id = c.agreement_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM initiative_commitment ic WHERE ic.commitment_id = c.id) AND "
                + ScopeSql.commitments(scope) + " ORDER BY a.code, c.number LIMIT :limit", parameters, (rs, n) -> {
                    total[0] = rs.getInt(7);
                    return new UncoveredCommitment(rs.getLong(1), rs.getLong(2), rs.getString(3) + " " + rs.getInt(4),
                            new Bilingual(rs.getString(5), rs.getString(6)));
                });
        return new Capped<>(rows, total[0]);
    }

    int snapshotUncovered(ReportScope scope, long periodId) {
        var parameters = new MapSqlParameterSource("period", periodId).addValue("scopeId", scope.id());
        return jdbc.queryForObject("SELECT COUNT(*) FROM period_snapshot_commitment s"
                + " JOIN commitment c ON c.id = s.commitment_id JOIN agreement a ON a.id = c.agreement_id"
                + " WHERE s.period_id = :period AND s.initiatives = 0 AND " + ScopeSql.commitments(scope),
                parameters, Integer.class);
    }

    /**
     * Active initiatives whose health last changed for the worse (green to amber or red, amber to red) from
     * {@code from} until before {@code until}, by their change history; {@code stillBad} keeps only those that are
     * amber or red today.
     */
    Capped<TurnedInitiative> turned(ReportScope scope, Instant from, Instant until, boolean stillBad) {
        var parameters = new MapSqlParameterSource("from", LocalDateTime.ofInstant(from, ZoneOffset.UTC))
                .addValue("until", LocalDateTime.ofInstant(until, ZoneOffset.UTC)).addValue("limit", ATTENTION_CAP);
        int[] total = {0};
        List<TurnedInitiative> rows = jdbc.query("SELECT i.id, i.code, i.title_en, i.title_es, h.old_value, h.new_value,"
                + " h.changed_at, COUNT(*) OVER () FROM initiative i JOIN change_history h"
                + " ON h.subject_type = 'INITIATIVE' AND h.subject_id = i.id AND h.field = 'health'"
                + " WHERE i.status = 'ACTIVE' AND h.changed_at >= :from AND h.changed_at < :until"
                + " AND (h.old_value = 'GREEN' AND h.new_value IN ('AMBER', 'RED') OR h.old_value = 'AMBER' AND h.new_value = 'RED')"
                + (stillBad ? " AND i.health IN ('AMBER', 'RED')" : "")
                + " AND h.id = (SELECT MAX(l.id) FROM change_history l WHERE l.subject_type = 'INITIATIVE'"
                + " AND l.subject_id = i.id AND l.field = 'health' AND l.changed_at >= :from AND l.changed_at < :until)"
                + " AND " + ScopeSql.initiatives(scope, "i.id", parameters)
                + " ORDER BY CASE WHEN h.new_value = 'RED' THEN 0 ELSE 1 END, h.changed_at DESC, i.code LIMIT :limit",
                parameters, (rs, n) -> {
                    total[0] = rs.getInt(8);
                    return new TurnedInitiative(rs.getLong(1), rs.getString(2), new Bilingual(rs.getString(3),
                            rs.getString(4)), Health.valueOf(rs.getString(5)), Health.valueOf(rs.getString(6)),
                            ReportReader.instant(rs, 7).atZone(ZoneOffset.UTC).toLocalDate());
                });
        return new Capped<>(rows, total[0]);
    }

    /**
     * The first milestones missed today, or expected (or done) more than {@link #SLIPPED_DAYS} days after their
     * baseline, missed ones first, each by baseline; how many there are in all is {@link #liveMilestones}' last count.
     * Missed ones are read in baseline order, which the baseline index gives without sorting them all; the slipped
     * ones only when fewer than {@value #ATTENTION_CAP} are missed ({@code missed}, the live count): at most two
     * statements.
     */
    List<LateMilestone> lateMilestones(ReportScope scope, LocalDate today, int missed) {
        List<LateMilestone> rows = new ArrayList<>();
        if (missed > 0) {
            rows.addAll(late(scope, today, MISSED_TODAY, ATTENTION_CAP));
        }
        if (rows.size() < ATTENTION_CAP) {
            rows.addAll(late(scope, today, "m.status <> 'CANCELLED' AND " + flag(MISSED_TODAY)
                    + " = 0 AND " + EXPECTED + " > m.baseline_date + INTERVAL '" + SLIPPED_DAYS
                    + "' DAY", ATTENTION_CAP - rows.size()));
        }
        return rows;
    }

    private List<LateMilestone> late(ReportScope scope, LocalDate today, String condition, int limit) {
        var parameters = new MapSqlParameterSource("asOf", today).addValue("limit", limit);
        return jdbc.query("SELECT m.id, m.initiative_id, i.code, m.title_en, m.title_es, m.owner_side, m.baseline_date, "
                + EXPECTED + ", " + flag(MISSED_TODAY)
                + " FROM milestone m JOIN initiative i ON i.id = m.initiative_id WHERE " + condition + " AND "
                + ScopeSql.initiatives(scope, "m.initiative_id", parameters)
                + " ORDER BY m.baseline_date, m.id LIMIT :limit",
                parameters, (rs, n) -> new LateMilestone(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        new Bilingual(rs.getString(4), rs.getString(5)), OwnerSide.valueOf(rs.getString(6)),
                        ReportReader.date(rs, 7), ReportReader.date(rs, 8), rs.getInt(9) == 1));
    }

    /**
     * Each party's update of an active initiative in the period that was returned, and, when {@code closingSoon},
     * those not yet submitted; returned ones first. Led by the period's updates (its unique key), not by the
     * initiatives crossed with the parties, which MariaDB walked by party.
     */
    Capped<UpdateAttention> updates(ReportScope scope, long periodId, boolean closingSoon) {
        var parameters = new MapSqlParameterSource("period", periodId).addValue("limit", ATTENTION_CAP);
        String scoped = ScopeSql.initiatives(scope, "i.id", parameters);
        String returned = "SELECT i.id AS initiative_id, i.code AS code, i.title_en AS title_en, i.title_es AS title_es,"
                + " pu.party_id AS party_id, 0 AS rank_order FROM progress_update pu JOIN initiative i ON i.id = pu.initiative_id"
                + " WHERE pu.period_id = :period AND pu.state = 'RETURNED' AND i.status = 'ACTIVE' AND " + scoped;
        String unsubmitted = " UNION ALL SELECT i.id, i.code, i.title_en, i.title_es, p.id, 1 FROM initiative i CROSS JOIN party p"
                + " WHERE i.status = 'ACTIVE' AND " + scoped + " AND NOT EXISTS (SELECT 1 FROM progress_update pu"
                + " WHERE pu.period_id = :period AND pu.initiative_id = i.id AND pu.party_id = p.id"
                + " AND (pu.submitted_at IS NOT NULL OR pu.state = 'RETURNED'))";
        int[] total = {0};
        List<UpdateAttention> rows = jdbc.query("SELECT u.initiative_id, u.code, u.title_en, u.title_es, pp.code,"
                + " u.rank_order, COUNT(*) OVER () FROM (" + returned + (closingSoon ? unsubmitted : "") + ") u"
                + " JOIN party pp ON pp.id = u.party_id ORDER BY u.rank_order, u.code, pp.id LIMIT :limit",
                parameters, (rs, n) -> {
                    total[0] = rs.getInt(7);
                    return new UpdateAttention(rs.getLong(1), rs.getString(2), new Bilingual(rs.getString(3),
                            rs.getString(4)), rs.getString(5), rs.getInt(6) == 0);
                });
        return new Capped<>(rows, total[0]);
    }
}
