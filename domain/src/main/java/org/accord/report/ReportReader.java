package org.accord.report;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.accord.initiative.Health;
import org.accord.initiative.InitiativeStatus;
import org.accord.milestone.MilestoneStatus;
import org.accord.milestone.OwnerSide;
import org.accord.milestone.Schedule;
import org.accord.people.Language;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The report's one read path: SQL projections over every feature's tables, in report order, in chunks of
 * initiatives so that memory stays flat however large the portfolio. Access is decided by {@link Reports}.
 */
@Component
class ReportReader {

    private final NamedParameterJdbcTemplate jdbc;

    ReportReader(NamedParameterJdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Optional<ReportPeriod> period(long id) {
        return jdbc.query("SELECT id, code, start_date, end_date FROM reporting_period WHERE id = :id",
                new MapSqlParameterSource("id", id), (rs, n) -> new ReportPeriod(rs.getLong(1), rs.getString(2),
                        date(rs, 3), date(rs, 4))).stream().findFirst();
    }

    List<ReportPeriod> periods() {
        return jdbc.query("SELECT id, code, start_date, end_date FROM reporting_period ORDER BY start_date DESC",
                (rs, n) -> new ReportPeriod(rs.getLong(1), rs.getString(2), date(rs, 3), date(rs, 4)));
    }

    /** The ids of the reporting periods a report covers: its own, or those overlapping a date range. */
    List<Long> periodIds(ReportPeriod period) {
        if (period.id() != null) {
            return List.of(period.id());
        }
        return jdbc.queryForList("SELECT id FROM reporting_period WHERE start_date <= :end AND end_date >= :start",
                new MapSqlParameterSource("start", period.start()).addValue("end", period.end()), Long.class);
    }

    Optional<Bilingual> scopeName(ReportScope scope) {
        var parameters = new MapSqlParameterSource("id", scope.id());
        String sql = switch (scope.kind()) {
            case ALL -> null;
            case AGREEMENT -> "SELECT CONCAT(code, ' · ', title_en), CONCAT(code, ' · ', title_es) FROM agreement WHERE id = :id";
            case COMMITMENT -> "SELECT CONCAT(a.code, ' ', c.number, ' · ', c.title_en), CONCAT(a.code, ' ', c.number, ' · ', c.title_es)"
                    + " FROM commitment c JOIN agreement a ON a.id = c.agreement_id WHERE c.id = :id";
            case AGENCY -> "SELECT CONCAT(code, ' · ', name_en), CONCAT(code, ' · ', name_es) FROM agency WHERE id = :id";
        };
        if (sql == null) {
            return Optional.empty();
        }
        return jdbc.query(sql, parameters, (rs, n) -> new Bilingual(rs.getString(1), rs.getString(2))).stream().findFirst();
    }

    /**
     * Party codes by id. The chunked statements name parties by id rather than joining {@code party}: with the
     * join, MariaDB led with the two-row party table and walked every row of that party.
     */
    private Map<Long, String> parties() {
        Map<Long, String> parties = new HashMap<>();
        jdbc.getJdbcTemplate().query("SELECT id, code FROM party", rs -> {
            parties.put(rs.getLong(1), rs.getString(2));
        });
        return parties;
    }

    List<String> partyCodes() {
        return jdbc.getJdbcTemplate().queryForList("SELECT code FROM party ORDER BY id", String.class);
    }

    Optional<Long> partyId(String code) {
        return jdbc.queryForList("SELECT id FROM party WHERE code = :code", new MapSqlParameterSource("code", code),
                Long.class).stream().findFirst();
    }

    ReportOutline outline(ReportScope scope) {
        var parameters = new MapSqlParameterSource();
        String condition = switch (scope.kind()) {
            case ALL -> "1 = 1";
            case AGREEMENT -> "a.id = :scopeId";
            case COMMITMENT -> "c.id = :scopeId";
            case AGENCY -> ScopeSql.initiatives(scope, "i.id", parameters);
        };
        parameters.addValue("scopeId", scope.id());
        List<ReportOutline.Entry> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        jdbc.query("SELECT i.id, i.code, i.title_en, i.title_es, i.status, i.health, i.health_reason, i.start_date,"
                + " i.target_end_date, a.id, a.code, a.title_en, a.title_es, c.id, c.number, c.title_en, c.title_es"
                + " FROM initiative i"
                + " LEFT JOIN initiative_commitment ic ON ic.initiative_id = i.id"
                + " LEFT JOIN commitment c ON c.id = ic.commitment_id"
                + " LEFT JOIN agreement a ON a.id = c.agreement_id"
                + " WHERE " + condition
                + " ORDER BY CASE WHEN a.code IS NULL THEN 1 ELSE 0 END, a.code, c.number, i.code", parameters, rs -> {
                    if (!seen.add(rs.getLong(1))) {
                        return;
                    }
                    var initiative = new InitiativeLine(rs.getLong(1), rs.getString(2),
                            new Bilingual(rs.getString(3), rs.getString(4)), InitiativeStatus.valueOf(rs.getString(5)),
                            Health.valueOf(rs.getString(6)), rs.getString(7), date(rs, 8), date(rs, 9));
                    AgreementHeading agreement = rs.getObject(10) == null ? null : new AgreementHeading(rs.getLong(10),
                            rs.getString(11), new Bilingual(rs.getString(12), rs.getString(13)));
                    CommitmentHeading commitment = rs.getObject(14) == null ? null : new CommitmentHeading(
                            rs.getLong(14), rs.getString(11), rs.getInt(15), new Bilingual(rs.getString(16), rs.getString(17)));
                    entries.add(new ReportOutline.Entry(agreement, commitment, initiative));
                });
        return new ReportOutline(entries);
    }

    /**
     * Each party's lead agency and current oversight lead, parties in their order. Two statements, each led by
     * its own initiative index: joined in one, MariaDB chose to walk every assignment of a party.
     */
    Map<Long, List<LeadLine>> sides(Collection<Long> initiativeIds) {
        var parameters = new MapSqlParameterSource("ids", initiativeIds);
        Map<Long, String> parties = parties();
        Map<String, String> leads = new HashMap<>();
        jdbc.query("SELECT oa.initiative_id, oa.party_id, u.display_name FROM oversight_assignment oa"
                + " JOIN user_account u ON u.id = oa.lead_id"
                + " WHERE oa.initiative_id IN (:ids) AND oa.ended_at IS NULL", parameters, rs -> {
                    leads.put(rs.getLong(1) + "/" + parties.get(rs.getLong(2)), rs.getString(3));
                });
        Map<Long, List<LeadLine>> result = new LinkedHashMap<>();
        jdbc.query("SELECT i.id, p.code, ag.code, ag.name_en, ag.name_es"
                + " FROM initiative i CROSS JOIN party p"
                + " LEFT JOIN initiative_lead_agency la ON la.initiative_id = i.id AND la.party_id = p.id"
                + " LEFT JOIN agency ag ON ag.id = la.agency_id"
                + " WHERE i.id IN (:ids) ORDER BY i.id, p.id", parameters, rs -> {
                    String agencyCode = rs.getString(3);
                    result.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new LeadLine(rs.getString(2),
                            agencyCode, agencyCode == null ? null : new Bilingual(rs.getString(4), rs.getString(5)),
                            leads.get(rs.getLong(1) + "/" + rs.getString(2))));
                });
        return result;
    }

    Map<Long, List<MilestoneLine>> milestones(Collection<Long> initiativeIds, LocalDate asOf) {
        Map<Long, List<MilestoneLine>> result = new LinkedHashMap<>();
        jdbc.query("SELECT id, initiative_id, title_en, title_es, owner_side, baseline_date, forecast_date, actual_date,"
                + " status FROM milestone WHERE initiative_id IN (:ids) ORDER BY initiative_id, baseline_date, id",
                new MapSqlParameterSource("ids", initiativeIds), rs -> {
                    var line = milestone(rs, asOf);
                    result.computeIfAbsent(line.initiativeId(), id -> new ArrayList<>()).add(line);
                });
        return result;
    }

    private static MilestoneLine milestone(ResultSet rs, LocalDate asOf) throws SQLException {
        LocalDate baseline = date(rs, 6);
        LocalDate forecast = date(rs, 7);
        LocalDate actual = date(rs, 8);
        MilestoneStatus status = MilestoneStatus.valueOf(rs.getString(9));
        Schedule schedule = Schedule.of(baseline, forecast, actual, status, asOf);
        return new MilestoneLine(rs.getLong(1), rs.getLong(2), new Bilingual(rs.getString(3), rs.getString(4)),
                OwnerSide.valueOf(rs.getString(5)), baseline, forecast, actual, status, schedule.slippageDays(),
                schedule.state());
    }

    /** Every milestone of the scope, unordered: for the summary counts and the charts. */
    void eachMilestone(ReportScope scope, LocalDate asOf, Consumer<MilestoneLine> consumer) {
        var parameters = new MapSqlParameterSource();
        String condition = ScopeSql.initiatives(scope, "initiative_id", parameters);
        jdbc.query("SELECT id, initiative_id, title_en, title_es, owner_side, baseline_date, forecast_date, actual_date,"
                + " status FROM milestone WHERE " + condition, parameters, rs -> {
                    consumer.accept(milestone(rs, asOf));
                });
    }

    /**
     * The burn-up's and the slippage chart's numbers for a scope, counted in the database (cancelled milestones left
     * out), as the report's builder counts them one milestone at a time. One statement, grouped by the three months
     * and the bucket: a union of the three dates made MariaDB write every milestone three times into a temporary
     * table.
     */
    ChartCounts chartCounts(ReportScope scope) {
        var parameters = new MapSqlParameterSource();
        var counts = new ChartCounts();
        jdbc.query("SELECT " + ChartCounts.GROUPS + ", COUNT(*) FROM milestone m WHERE m.status <> 'CANCELLED' AND "
                + ScopeSql.initiatives(scope, "m.initiative_id", parameters) + " GROUP BY 1, 2, 3, 4", parameters,
                rs -> {
                    counts.add(rs, 1, rs.getInt(5));
                });
        return counts;
    }

    /** The approved updates of the report's periods, with their translation where one was written. */
    Map<Long, List<UpdateLine>> updates(Collection<Long> initiativeIds, List<Long> periodIds) {
        Map<Long, List<UpdateLine>> result = new LinkedHashMap<>();
        if (periodIds.isEmpty()) {
            return result;
        }
        Map<Long, String> parties = parties();
        jdbc.query("SELECT pu.id, pu.initiative_id, pu.party_id, pu.language, pu.accomplishments, pu.next_steps,"
                + " pu.risks_and_issues, COALESCE(su.display_name, pu.submitted_by), pu.submitted_at, t.accomplishments,"
                + " t.next_steps, t.risks_and_issues, COALESCE(tu.display_name, t.translated_by), t.translated_at, t.update_id"
                + " FROM progress_update pu JOIN reporting_period rp ON rp.id = pu.period_id"
                + " LEFT JOIN user_account su ON su.username = pu.submitted_by"
                + " LEFT JOIN progress_update_translation t ON t.update_id = pu.id"
                + " LEFT JOIN user_account tu ON tu.username = t.translated_by"
                + " WHERE pu.state = 'APPROVED' AND pu.period_id IN (:periods) AND pu.initiative_id IN (:ids)"
                + " ORDER BY pu.initiative_id, rp.start_date, pu.party_id",
                new MapSqlParameterSource("ids", initiativeIds).addValue("periods", periodIds), rs -> {
                    boolean translated = rs.getObject(15) != null;
                    String party = parties.get(rs.getLong(3));
                    var line = new UpdateLine(rs.getLong(1), rs.getLong(2), party, language(rs.getString(4), party), new UpdateText(rs.getString(5), rs.getString(6), rs.getString(7)),
                            rs.getString(8), instant(rs, 9),
                            translated ? new UpdateText(rs.getString(10), rs.getString(11), rs.getString(12)) : null,
                            translated ? rs.getString(13) : null, translated ? instant(rs, 14) : null);
                    result.computeIfAbsent(line.initiativeId(), id -> new ArrayList<>()).add(line);
                });
        return result;
    }

    /** Per initiative and party, the risks and issues of its latest approved update up to the report's end. */
    Map<Long, List<RiskLine>> openRisks(Collection<Long> initiativeIds, LocalDate end) {
        Map<Long, List<RiskLine>> result = new LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        Map<Long, String> parties = parties();
        jdbc.query("SELECT pu.initiative_id, pu.party_id, rp.code, pu.language, pu.risks_and_issues"
                + " FROM progress_update pu JOIN reporting_period rp ON rp.id = pu.period_id"
                + " WHERE pu.state = 'APPROVED' AND rp.start_date <= :end AND pu.initiative_id IN (:ids)"
                + " ORDER BY pu.initiative_id, pu.party_id, rp.start_date DESC",
                new MapSqlParameterSource("ids", initiativeIds).addValue("end", end), rs -> {
                    long initiativeId = rs.getLong(1);
                    String party = parties.get(rs.getLong(2));
                    String text = rs.getString(5);
                    if (seen.add(initiativeId + "/" + party) && text != null && !text.isBlank()) {
                        result.computeIfAbsent(initiativeId, id -> new ArrayList<>()).add(new RiskLine(initiativeId,
                                party, rs.getString(3), language(rs.getString(4), party), text));
                    }
                });
        return result;
    }

    /** One party's internal notes (all of them: they are the party's working context, not dated facts). */
    Map<Long, List<NoteLine>> internalNotes(Collection<Long> initiativeIds, long partyId) {
        Map<Long, List<NoteLine>> result = new LinkedHashMap<>();
        jdbc.query("SELECT n.initiative_id, COALESCE(u.display_name, n.author), n.created_at, n.body"
                + " FROM initiative_note n LEFT JOIN user_account u ON u.username = n.author"
                + " WHERE n.internal = TRUE AND n.party_id = :party AND n.initiative_id IN (:ids)"
                + " ORDER BY n.initiative_id, n.created_at",
                new MapSqlParameterSource("ids", initiativeIds).addValue("party", partyId), rs -> {
                    var note = new NoteLine(rs.getLong(1), rs.getString(2), instant(rs, 3), rs.getString(4));
                    result.computeIfAbsent(note.initiativeId(), id -> new ArrayList<>()).add(note);
                });
        return result;
    }

    List<StatusHealthCount> statusAndHealth(ReportScope scope) {
        var parameters = new MapSqlParameterSource();
        return jdbc.query("SELECT i.status, i.health, COUNT(*) FROM initiative i WHERE "
                + ScopeSql.initiatives(scope, "i.id", parameters) + " GROUP BY i.status, i.health", parameters,
                (rs, n) -> new StatusHealthCount(InitiativeStatus.valueOf(rs.getString(1)),
                        Health.valueOf(rs.getString(2)), rs.getInt(3)));
    }

    /**
     * Open tasks past due on {@code asOf}, by the assignee's party and agency. Internal tasks count only in their
     * own party's report ({@code partyId}); the bilateral report ({@code partyId} null) counts shared tasks.
     */
    List<OverdueTasks> overdueTasks(ReportScope scope, LocalDate asOf, Long partyId) {
        var parameters = new MapSqlParameterSource("asOf", asOf)
                .addValue("asOfTime", (startOfDay(asOf))).addValue("party", partyId);
        String internal = partyId == null ? "t.internal = FALSE" : "(t.internal = FALSE OR t.party_id = :party)";
        return jdbc.query("SELECT p.code, ag.code, ag.name_en, ag.name_es, COUNT(*) FROM task t"
                + " JOIN user_account u ON u.id = t.assignee_id JOIN party p ON p.id = u.party_id"
                + " JOIN agency ag ON ag.id = u.agency_id"
                + " WHERE t.due_date < :asOf AND t.assigned_at < :asOfTime"
                + " AND (t.closed_at IS NULL OR t.closed_at >= :asOfTime) AND " + internal
                + " AND " + ScopeSql.initiatives(scope, "t.initiative_id", parameters)
                + " GROUP BY p.id, p.code, ag.code, ag.name_en, ag.name_es ORDER BY p.id, ag.code", parameters,
                (rs, n) -> new OverdueTasks(rs.getString(1), rs.getString(2),
                        new Bilingual(rs.getString(3), rs.getString(4)), rs.getInt(5)));
    }

    private static final String EXPECTED_UPDATES = " FROM initiative i CROSS JOIN party p CROSS JOIN reporting_period rp"
            + " LEFT JOIN progress_update pu ON pu.initiative_id = i.id AND pu.party_id = p.id AND pu.period_id = rp.id"
            + " WHERE i.status = 'ACTIVE' AND rp.id IN (:periods) AND ";

    /**
     * Each party's updates of the active initiatives in the periods. Counted from the updates themselves, against how
     * many are expected (active initiatives times periods), rather than by crossing initiatives with parties and
     * joining their updates: MariaDB walked that join by party, every update of the party for each initiative.
     */
    List<UpdateParity> parity(ReportScope scope, List<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource("periods", periodIds);
        String scoped = ScopeSql.initiatives(scope, "i.id", parameters);
        return jdbc.query("SELECT p.code, COALESCE(u.approved, 0), COALESCE(u.late, 0), COALESCE(u.returned, 0),"
                + " e.expected - COALESCE(u.submitted, 0) FROM party p"
                + " CROSS JOIN (SELECT COUNT(*) AS expected FROM initiative i CROSS JOIN reporting_period rp"
                + " WHERE i.status = 'ACTIVE' AND rp.id IN (:periods) AND " + scoped + ") e"
                + " LEFT JOIN (SELECT pu.party_id AS party_id,"
                + " SUM(CASE WHEN pu.state = 'APPROVED' THEN 1 ELSE 0 END) AS approved,"
                + " SUM(CASE WHEN pu.submitted_at IS NOT NULL AND CAST(pu.submitted_at AS DATE) > rp.end_date THEN 1 ELSE 0 END) AS late,"
                + " SUM(CASE WHEN pu.state = 'RETURNED' THEN 1 ELSE 0 END) AS returned,"
                + " SUM(CASE WHEN pu.submitted_at IS NOT NULL THEN 1 ELSE 0 END) AS submitted"
                + " FROM progress_update pu JOIN initiative i ON i.id = pu.initiative_id"
                + " JOIN reporting_period rp ON rp.id = pu.period_id"
                + " WHERE i.status = 'ACTIVE' AND pu.period_id IN (:periods) AND " + scoped
                + " GROUP BY pu.party_id) u ON u.party_id = p.id WHERE e.expected > 0 ORDER BY p.id", parameters,
                (rs, n) -> new UpdateParity(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4), rs.getInt(5)));
    }

    List<NeverSubmitted> neverSubmitted(ReportScope scope, List<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource("periods", periodIds);
        return jdbc.query("SELECT i.code, i.title_en, i.title_es, p.code" + EXPECTED_UPDATES
                + ScopeSql.initiatives(scope, "i.id", parameters)
                + " AND (pu.id IS NULL OR pu.submitted_at IS NULL) ORDER BY i.code, p.id, rp.start_date", parameters,
                (rs, n) -> new NeverSubmitted(rs.getString(1), new Bilingual(rs.getString(2), rs.getString(3)),
                        rs.getString(4)));
    }

    List<MissingTranslation> missingTranslations(ReportScope scope, List<Long> periodIds) {
        if (periodIds.isEmpty()) {
            return List.of();
        }
        var parameters = new MapSqlParameterSource("periods", periodIds);
        return jdbc.query("SELECT i.code, p.code, pu.language FROM progress_update pu"
                + " JOIN initiative i ON i.id = pu.initiative_id JOIN party p ON p.id = pu.party_id"
                + " LEFT JOIN progress_update_translation t ON t.update_id = pu.id"
                + " WHERE pu.state = 'APPROVED' AND t.update_id IS NULL AND pu.period_id IN (:periods) AND "
                + ScopeSql.initiatives(scope, "i.id", parameters) + " ORDER BY i.code, p.id", parameters, (rs, n) -> {
                    Language original = language(rs.getString(3), rs.getString(2));
                    return new MissingTranslation(rs.getString(1), rs.getString(2),
                            original == Language.EN ? Language.ES : Language.EN);
                });
    }

    List<CommitmentHeading> uncoveredCommitments(ReportScope scope) {
        var parameters = new MapSqlParameterSource("scopeId", scope.id());
        return jdbc.query("SELECT c.id, a.code, c.number, c.title_en, c.title_es FROM commitment c"
                + " JOIN agreement a ON a.id = c.agreement_id"
                + " WHERE NOT EXISTS (SELECT 1 FROM initiative_commitment ic WHERE ic.commitment_id = c.id) AND "
                + ScopeSql.commitments(scope) + " ORDER BY a.code, c.number", parameters,
                (rs, n) -> new CommitmentHeading(rs.getLong(1), rs.getString(2), rs.getInt(3),
                        new Bilingual(rs.getString(4), rs.getString(5))));
    }

    /**
     * Green, amber and red initiatives per commitment of the scope; when the scope holds more than
     * {@code maxBars} commitments, per agreement instead, so that the chart stays readable.
     */
    List<CommitmentHealthRow> healthByCommitment(ReportScope scope, int maxBars) {
        var parameters = new MapSqlParameterSource();
        String condition = ScopeSql.initiatives(scope, "i.id", parameters);
        String counts = " SUM(CASE WHEN i.health = 'GREEN' THEN 1 ELSE 0 END), SUM(CASE WHEN i.health = 'AMBER' THEN 1 ELSE 0 END),"
                + " SUM(CASE WHEN i.health = 'RED' THEN 1 ELSE 0 END)";
        String joins = " FROM initiative i JOIN initiative_commitment ic ON ic.initiative_id = i.id"
                + " JOIN commitment c ON c.id = ic.commitment_id JOIN agreement a ON a.id = c.agreement_id"
                + " WHERE i.status <> 'CANCELLED' AND " + condition;
        if (scope.kind() == ScopeKind.COMMITMENT) {
            joins += " AND c.id = :scopeId";
        }
        List<CommitmentHealthRow> byCommitment = jdbc.query("SELECT a.code, c.number," + counts
                + joins + " GROUP BY a.code, c.number ORDER BY a.code, c.number", parameters,
                (rs, n) -> new CommitmentHealthRow(rs.getString(1) + " " + rs.getInt(2), rs.getInt(3), rs.getInt(4),
                        rs.getInt(5)));
        if (byCommitment.size() <= maxBars) {
            return byCommitment;
        }
        return jdbc.query("SELECT a.code," + counts + joins + " GROUP BY a.code ORDER BY a.code", parameters,
                (rs, n) -> new CommitmentHealthRow(rs.getString(1), rs.getInt(2), rs.getInt(3), rs.getInt(4)))
                .stream().limit(maxBars).toList();
    }

    List<ScopeChoice> scopeChoices(ScopeKind kind) {
        String sql = switch (kind) {
            case ALL -> null;
            case AGREEMENT -> "SELECT id, CONCAT(code, ' · ', title_en), CONCAT(code, ' · ', title_es) FROM agreement ORDER BY code";
            case COMMITMENT -> "SELECT c.id, CONCAT(a.code, ' ', c.number, ' · ', c.title_en), CONCAT(a.code, ' ', c.number, ' · ', c.title_es)"
                    + " FROM commitment c JOIN agreement a ON a.id = c.agreement_id ORDER BY a.code, c.number";
            case AGENCY -> "SELECT ag.id, CONCAT(ag.code, ' · ', ag.name_en), CONCAT(ag.code, ' · ', ag.name_es) FROM agency ag"
                    + " WHERE EXISTS (SELECT 1 FROM initiative_lead_agency la WHERE la.agency_id = ag.id) ORDER BY ag.code";
        };
        if (sql == null) {
            return List.of();
        }
        return jdbc.query(sql, (rs, n) -> new ScopeChoice(kind, rs.getLong(1), new Bilingual(rs.getString(2), rs.getString(3))));
    }

    /**
     * The key milestones of a scope for the trend chart: the {@code limit} whose forecast moved most often (then the
     * heaviest), with every forecast and baseline change of their log in order.
     */
    List<TrendLine> trend(ReportScope scope, List<LocalDate> reportDates, int limit) {
        var parameters = new MapSqlParameterSource();
        String condition = ScopeSql.initiatives(scope, "m.initiative_id", parameters);
        List<Long> ids = jdbc.query("SELECT m.id FROM milestone m JOIN milestone_log ml ON ml.milestone_id = m.id"
                + " WHERE ml.changes LIKE '%forecastDate: %' AND m.status <> 'CANCELLED' AND " + condition
                + " GROUP BY m.id, m.weight ORDER BY COUNT(*) DESC, m.weight DESC, m.id", parameters,
                (rs, n) -> rs.getLong(1)).stream().limit(limit).toList();
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TrendHistory> histories = new LinkedHashMap<>();
        ids.forEach(id -> histories.put(id, null));
        jdbc.query("SELECT m.id, i.code, m.title_en, m.title_es, m.baseline_date, m.forecast_date, m.actual_date"
                + " FROM milestone m JOIN initiative i ON i.id = m.initiative_id WHERE m.id IN (:ids)",
                new MapSqlParameterSource("ids", ids), rs -> {
                    histories.put(rs.getLong(1), new TrendHistory(rs.getLong(1), rs.getString(2),
                            new Bilingual(rs.getString(3), rs.getString(4)), date(rs, 5), date(rs, 6), date(rs, 7)));
                });
        jdbc.query("SELECT milestone_id, logged_at, changes FROM milestone_log WHERE milestone_id IN (:ids)"
                + " AND changes IS NOT NULL ORDER BY milestone_id, logged_at, id", new MapSqlParameterSource("ids", ids),
                rs -> {
                    histories.get(rs.getLong(1)).logged(instant(rs, 2), rs.getString(3));
                });
        return histories.values().stream().map(history -> history.at(reportDates)).toList();
    }

    /** An update's language; rows written before languages were recorded fall back on the party's. */
    private static Language language(String stored, String partyCode) {
        if (stored != null) {
            return Language.valueOf(stored);
        }
        return "MX".equals(partyCode) ? Language.ES : Language.EN;
    }

    static LocalDate date(ResultSet rs, int column) throws SQLException {
        return rs.getObject(column, LocalDate.class);
    }

    /** Times are stored as UTC wall-clock times (hibernate.jdbc.time_zone=UTC), whatever the JVM's zone. */
    static Instant instant(ResultSet rs, int column) throws SQLException {
        LocalDateTime time = rs.getObject(column, LocalDateTime.class);
        return time == null ? null : time.toInstant(ZoneOffset.UTC);
    }

    static LocalDateTime startOfDay(LocalDate day) {
        return day.atStartOfDay();
    }
}
