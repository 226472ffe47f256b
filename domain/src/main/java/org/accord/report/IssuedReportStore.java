package org.accord.report;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** An issued report's file and facts: inserted with it, in its transaction, and only read afterwards. */
@Component
class IssuedReportStore {

    private final JdbcTemplate jdbc;

    IssuedReportStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long reportId, byte[] content, ReportFacts facts) {
        jdbc.update("insert into issued_report_content (issued_report_id, content) values (?, ?)", reportId,
                content);
        jdbc.batchUpdate("insert into issued_report_initiative (issued_report_id, initiative_id, health, status)"
                        + " values (?, ?, ?, ?)", facts.initiatives(), 500, (statement, fact) -> {
                    statement.setLong(1, reportId);
                    statement.setLong(2, fact.initiativeId());
                    statement.setString(3, fact.health());
                    statement.setString(4, fact.status());
                });
        jdbc.batchUpdate("insert into issued_report_milestone (issued_report_id, milestone_id, schedule_state, done)"
                        + " values (?, ?, ?, ?)", facts.milestones(), 500, (statement, fact) -> {
                    statement.setLong(1, reportId);
                    statement.setLong(2, fact.milestoneId());
                    statement.setString(3, fact.scheduleState());
                    statement.setBoolean(4, fact.done());
                });
        jdbc.batchUpdate("insert into issued_report_risk (issued_report_id, initiative_id, party_code, risks_sha256)"
                        + " values (?, ?, ?, ?)", facts.risks(), 500, (statement, fact) -> {
                    statement.setLong(1, reportId);
                    statement.setLong(2, fact.initiativeId());
                    statement.setString(3, fact.partyCode());
                    statement.setString(4, fact.risksSha256());
                });
    }

    Optional<byte[]> content(long reportId) {
        return jdbc.query("select content from issued_report_content where issued_report_id = ?",
                (rows, n) -> rows.getBytes(1), reportId).stream().findFirst();
    }

    ReportFacts facts(long reportId) {
        List<InitiativeFact> initiatives = jdbc.query("""
                        select initiative_id, health, status from issued_report_initiative
                        where issued_report_id = ? order by initiative_id""",
                (rows, n) -> new InitiativeFact(rows.getLong(1), rows.getString(2), rows.getString(3)), reportId);
        List<MilestoneFact> milestones = jdbc.query("""
                        select milestone_id, schedule_state, done from issued_report_milestone
                        where issued_report_id = ? order by milestone_id""",
                (rows, n) -> new MilestoneFact(rows.getLong(1), rows.getString(2), rows.getBoolean(3)), reportId);
        List<RiskFact> risks = jdbc.query("""
                        select initiative_id, party_code, risks_sha256 from issued_report_risk
                        where issued_report_id = ? order by initiative_id, party_code""",
                (rows, n) -> new RiskFact(rows.getLong(1), rows.getString(2), rows.getString(3)), reportId);
        return new ReportFacts(initiatives, milestones, risks);
    }
}
