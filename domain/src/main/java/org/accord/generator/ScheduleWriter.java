package org.accord.generator;

import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.generator.SchedulePlan.PlannedMilestone;
import org.accord.generator.SchedulePlan.PlannedPeriod;
import org.accord.generator.SchedulePlan.PlannedUpdate;
import org.springframework.jdbc.core.JdbcTemplate;

/** Writes planned milestones with their log lines, reporting periods and progress updates with batched inserts. */
class ScheduleWriter {

    private static final LocalTime MORNING = LocalTime.of(10, 0);
    private static final int[] MILESTONE_TYPES = {Types.BIGINT, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
            Types.DATE, Types.DATE, Types.DATE, Types.DATE, Types.VARCHAR, Types.INTEGER};
    private static final int[] UPDATE_TYPES = {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.VARCHAR,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.BOOLEAN, Types.VARCHAR, Types.VARCHAR,
            Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR};

    private final JdbcTemplate jdbc;

    ScheduleWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    boolean hasMilestones(long initiativeId) {
        return !jdbc.queryForList("select 1 from milestone where initiative_id = ?", Integer.class, initiativeId)
                .isEmpty();
    }

    boolean hasUpdates(long periodId) {
        return !jdbc.queryForList("""
                select 1 from progress_update u join initiative i on i.id = u.initiative_id
                where u.period_id = ? and i.code like ?""", Integer.class, periodId,
                PortfolioPlanner.INITIATIVE_PREFIX + "%").isEmpty();
    }

    /** The milestones of some initiatives, in order, then one log line for those that have one. */
    int writeMilestones(List<PlannedMilestone> milestones, Map<String, Long> initiativeIds) {
        jdbc.batchUpdate("""
                insert into milestone (initiative_id, title_en, title_es, owner_side, baseline_date, forecast_date,
                    expected_date, actual_date, status, weight) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                milestones.stream().map(milestone -> new Object[] {initiativeIds.get(milestone.initiativeCode()),
                        milestone.titleEn(), milestone.titleEs(), milestone.side().name(), milestone.baseline(),
                        milestone.forecast(), milestone.forecast() != null ? milestone.forecast() : milestone.baseline(),
                        milestone.actual(), milestone.status().name(), milestone.weight()})
                        .toList(), MILESTONE_TYPES);
        List<Long> ids = jdbc.queryForList("""
                select m.id from milestone m join initiative i on i.id = m.initiative_id
                where i.code between ? and ? order by m.id""", Long.class, milestones.getFirst().initiativeCode(),
                milestones.getLast().initiativeCode());
        if (ids.size() != milestones.size()) {
            throw new IllegalStateException("These initiatives have milestones the generator did not plan");
        }
        List<Object[]> lines = new ArrayList<>();
        for (int i = 0; i < milestones.size(); i++) {
            var line = milestones.get(i).logLine();
            if (line != null) {
                lines.add(new Object[] {ids.get(i), line.loggedBy(), line.loggedOn().atTime(MORNING), line.changes(),
                        line.note(), line.rebaselineReason()});
            }
        }
        jdbc.batchUpdate("""
                insert into milestone_log (milestone_id, logged_by, logged_at, changes, note, rebaseline_reason)
                values (?, ?, ?, ?, ?, ?)""", lines, new int[] {Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP,
                Types.VARCHAR, Types.VARCHAR, Types.VARCHAR});
        return lines.size();
    }

    /** Adds the periods not there yet; returns every planned period's id and whether it is open in the database. */
    Map<String, StoredPeriod> writePeriods(List<PlannedPeriod> periods) {
        Map<String, StoredPeriod> stored = storedPeriods(periods);
        List<Object[]> missing = periods.stream().filter(period -> !stored.containsKey(period.code()))
                .map(period -> new Object[] {period.code(), period.start(), period.end(),
                        period.open() ? "OPEN" : "CLOSED", PortfolioWriter.AUTHOR, period.start().atTime(MORNING),
                        period.open() ? null : PortfolioWriter.AUTHOR,
                        period.open() ? null : closedAt(period)}).toList();
        jdbc.batchUpdate("""
                insert into reporting_period (code, start_date, end_date, state, opened_by, opened_at, closed_by, closed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""", missing, new int[] {Types.VARCHAR, Types.DATE, Types.DATE,
                Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.TIMESTAMP});
        return storedPeriods(periods);
    }

    private Map<String, StoredPeriod> storedPeriods(List<PlannedPeriod> periods) {
        Map<String, StoredPeriod> stored = new HashMap<>();
        jdbc.query("select code, id, state from reporting_period where code between ? and ?", row -> {
            stored.put(row.getString(1), new StoredPeriod(row.getLong(2), row.getString(3).equals("OPEN")));
        }, periods.getFirst().code(), periods.getLast().code());
        return stored;
    }

    /**
     * One period's updates. In a closed period most are approved, a few were left as drafts or submitted and
     * never decided, and some were never written; all are locked. In an open one they are drafts, submitted,
     * returned with a comment or already approved, and some are not written yet.
     */
    int writeUpdates(StoredPeriod period, LocalDate periodEnd, List<PlannedUpdate> updates,
                     Map<String, Long> initiativeIds, Map<String, Long> partyIds) {
        List<Object[]> rows = new ArrayList<>();
        for (PlannedUpdate update : updates) {
            String state = state(update.fate(), period.open());
            if (state == null) {
                continue;
            }
            boolean submitted = !state.equals("DRAFT");
            boolean decided = state.equals("APPROVED") || state.equals("RETURNED");
            LocalDateTime submittedAt = periodEnd.minusDays(5 + update.fate() % 20).atTime(MORNING);
            rows.add(new Object[] {period.id(), initiativeIds.get(update.initiativeCode()),
                    partyIds.get(update.partyCode()), update.accomplishments(), update.nextSteps(), update.risks(),
                    update.proposedHealth(), state, !period.open(),
                    state.equals("RETURNED") ? "Please add the figures for the quarter." : null,
                    submitted ? update.lead() : null, submitted ? submittedAt : null,
                    decided ? PortfolioWriter.AUTHOR : null, decided ? submittedAt.plusDays(3) : null,
                    update.partyCode().equals("MX") ? "ES" : "EN"});
        }
        jdbc.batchUpdate("""
                insert into progress_update (period_id, initiative_id, party_id, accomplishments, next_steps,
                    risks_and_issues, proposed_health, state, locked, return_comment, submitted_by, submitted_at,
                    decided_by, decided_at, language) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows,
                UPDATE_TYPES);
        return rows.size();
    }

    private static String state(int fate, boolean open) {
        if (open) {
            return fate < 25 ? null : fate < 50 ? "DRAFT" : fate < 80 ? "SUBMITTED" : fate < 90 ? "RETURNED" : "APPROVED";
        }
        return fate < 8 ? null : fate < 12 ? "DRAFT" : fate < 15 ? "SUBMITTED" : "APPROVED";
    }

    private static LocalDateTime closedAt(PlannedPeriod period) {
        return period.end().plusDays(15).atTime(MORNING);
    }

    Map<String, Long> initiativeIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from initiative where code like ?", row -> {
            ids.put(row.getString(1), row.getLong(2));
        }, PortfolioPlanner.INITIATIVE_PREFIX + "%");
        return ids;
    }

    Map<String, Long> partyIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from party", row -> {
            ids.put(row.getString(1), row.getLong(2));
        });
        return ids;
    }

    record StoredPeriod(long id, boolean open) {
    }
}
