package org.accord.report;

import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Trends over the closed reporting periods, read from their snapshots ({@link PeriodSnapshots}) rather than
 * recomputed from today's data: one grouped statement, the periods in order. Periods closed before snapshots were
 * kept have none and are not listed. Readers of reports may read them.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize(Reports.MAY_READ)
public class PeriodTrends {

    private final NamedParameterJdbcTemplate jdbc;

    PeriodTrends(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Each closed period with a snapshot, the earliest first, counting the initiatives of {@code scope}. */
    public List<PeriodTrend> of(ReportScope scope) {
        var parameters = new MapSqlParameterSource();
        String condition = ScopeSql.initiatives(scope, "s.initiative_id", parameters);
        return jdbc.query("SELECT rp.id, rp.code, rp.start_date, rp.end_date,"
                + " SUM(CASE WHEN s.health = 'GREEN' THEN 1 ELSE 0 END), SUM(CASE WHEN s.health = 'AMBER' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN s.health = 'RED' THEN 1 ELSE 0 END), SUM(s.milestones_total), SUM(s.milestones_on_time)"
                + " FROM reporting_period rp JOIN period_snapshot s ON s.period_id = rp.id"
                + " WHERE rp.state = 'CLOSED' AND s.status <> 'CANCELLED' AND " + condition
                + " GROUP BY rp.id, rp.code, rp.start_date, rp.end_date ORDER BY rp.start_date", parameters,
                (rs, n) -> new PeriodTrend(rs.getLong(1), rs.getString(2), ReportReader.date(rs, 3),
                        ReportReader.date(rs, 4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(9)));
    }
}
