package org.accord.generator;

import java.sql.Types;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.accord.generator.PortfolioPlan.CommitmentKey;
import org.accord.generator.PortfolioPlan.Lead;
import org.accord.generator.PortfolioPlan.PlannedAgreement;
import org.accord.generator.PortfolioPlan.PlannedCommitment;
import org.accord.generator.PortfolioPlan.PlannedInitiative;
import org.accord.generator.PortfolioPlan.PlannedSignatory;
import org.accord.generator.PortfolioPlan.Side;
import org.accord.people.Role;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes a planned portfolio with batched JDBC inserts into the tables the features own. Ids are read back
 * by code, username or number after each batch, so the database's auto-increment stays in charge.
 */
class PortfolioWriter {

    /** Fixed, so that the same seed gives the same rows. */
    static final LocalDateTime CREATED_AT = LocalDateTime.of(2012, 2, 27, 12, 0);
    static final String AUTHOR = "generator";

    private final JdbcTemplate jdbc;
    private final Map<String, Long> partyIds = new HashMap<>();
    private final Map<String, Long> agencyIds = new HashMap<>();

    PortfolioWriter(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        jdbc.query("select id, code from party", row -> {
            partyIds.put(row.getString("code"), row.getLong("id"));
        });
        jdbc.query("select id, code from agency", row -> {
            agencyIds.put(row.getString("code"), row.getLong("id"));
        });
    }

    boolean exists(String table, String column, String value) {
        return !jdbc.queryForList("select 1 from " + table + " where " + column + " = ?", Integer.class, value).isEmpty();
    }

    void writeLeads(List<Lead> leads, String passwordHash) {
        writePeople(leads, passwordHash, Role.OVERSIGHT_LEAD);
    }

    /** Generated people with one role each; all share one password hash. */
    void writePeople(List<Lead> leads, String passwordHash, Role role) {
        jdbc.batchUpdate("""
                insert into user_account (username, display_name, email, party_id, agency_id, preferred_language,
                    enabled, password_hash, failed_logins, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, 0, ?)""",
                leads.stream().map(lead -> new Object[] {lead.username(), lead.displayName(), lead.email(),
                        partyIds.get(lead.partyCode()), agencyIds.get(lead.agencyCode()), lead.language().name(), true,
                        passwordHash, CREATED_AT}).toList());
        Map<String, Long> ids = leadIds();
        jdbc.batchUpdate("insert into user_role (user_id, role) values (?, ?)", leads.stream()
                .map(lead -> new Object[] {ids.get(lead.username()), role.name()}).toList());
    }

    void writeAgreements(List<PlannedAgreement> agreements) {
        jdbc.batchUpdate("""
                insert into agreement (code, title_en, title_es, kind, signed_on, signed_place, status, summary_en,
                    summary_es) values (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                agreements.stream().map(agreement -> new Object[] {agreement.code(), agreement.titleEn(),
                        agreement.titleEs(), agreement.kind().name(), agreement.signedOn(), agreement.signedPlace(),
                        agreement.status().name(), agreement.summaryEn(), agreement.summaryEs()}).toList());
        Map<String, Long> ids = idsByCode("agreement", PortfolioPlanner.AGREEMENT_PREFIX);
        List<Object[]> signatories = new ArrayList<>();
        List<Object[]> commitments = new ArrayList<>();
        List<Object[]> bodies = new ArrayList<>();
        for (PlannedAgreement agreement : agreements) {
            long id = ids.get(agreement.code());
            for (int position = 0; position < agreement.signatories().size(); position++) {
                PlannedSignatory signatory = agreement.signatories().get(position);
                signatories.add(new Object[] {id, partyIds.get(signatory.partyCode()), signatory.personName(),
                        signatory.personTitle(), agencyIds.get(signatory.agencyCode()), position});
            }
            for (PlannedCommitment commitment : agreement.commitments()) {
                commitments.add(new Object[] {id, commitment.number(), commitment.titleEn(), commitment.titleEs(),
                        commitment.descriptionEn(), commitment.descriptionEs()});
            }
            var governance = agreement.governance();
            bodies.add(new Object[] {id, governance.nameEn(), governance.nameEs(), governance.cadence().name()});
        }
        jdbc.batchUpdate("""
                insert into agreement_signatory (agreement_id, party_id, person_name, person_title, agency_id, position)
                values (?, ?, ?, ?, ?, ?)""", signatories);
        jdbc.batchUpdate("""
                insert into commitment (agreement_id, number, title_en, title_es, description_en, description_es)
                values (?, ?, ?, ?, ?, ?)""", commitments);
        jdbc.batchUpdate("insert into governance_body (agreement_id, name_en, name_es, cadence) values (?, ?, ?, ?)",
                bodies);
        writeGovernance(agreements, ids);
    }

    private void writeGovernance(List<PlannedAgreement> agreements, Map<String, Long> agreementIds) {
        Map<Long, Long> bodyIds = new HashMap<>();
        jdbc.query("""
                select g.agreement_id, g.id from governance_body g join agreement a on a.id = g.agreement_id
                where a.code like ?""", row -> {
            bodyIds.put(row.getLong(1), row.getLong(2));
        }, PortfolioPlanner.AGREEMENT_PREFIX + "%");
        Map<String, Long> leads = leadIds();
        List<Object[]> coChairs = new ArrayList<>();
        List<Object[]> members = new ArrayList<>();
        for (PlannedAgreement agreement : agreements) {
            long body = bodyIds.get(agreementIds.get(agreement.code()));
            var governance = agreement.governance();
            coChairs.add(new Object[] {body, partyIds.get("US"), leads.get(governance.usCoChair())});
            coChairs.add(new Object[] {body, partyIds.get("MX"), leads.get(governance.mxCoChair())});
            governance.members().forEach(member -> members.add(new Object[] {body, leads.get(member)}));
        }
        jdbc.batchUpdate("insert into governance_co_chair (body_id, party_id, user_id) values (?, ?, ?)", coChairs);
        jdbc.batchUpdate("insert into governance_member (body_id, user_id) values (?, ?)", members);
    }

    /** One chunk of initiatives with their commitments, lead agencies, leads and lead handovers. */
    int writeInitiatives(List<PlannedInitiative> initiatives, Map<CommitmentKey, Long> commitmentIds,
                         Map<String, Long> leadIds, Map<String, String> leadNames) {
        jdbc.batchUpdate("""
                insert into initiative (code, title_en, title_es, description_en, description_es, status, health,
                    health_reason, start_date, target_end_date, priority) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                initiatives.stream().map(initiative -> new Object[] {initiative.code(), initiative.titleEn(),
                        initiative.titleEs(), initiative.descriptionEn(), initiative.descriptionEs(),
                        initiative.status().name(), initiative.health().name(), initiative.healthReason(),
                        initiative.startDate(), initiative.targetEndDate(), initiative.priority().name()}).toList(),
                new int[] {Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR,
                        Types.VARCHAR, Types.VARCHAR, Types.DATE, Types.DATE, Types.VARCHAR});
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from initiative where code between ? and ?", row -> {
            ids.put(row.getString(1), row.getLong(2));
        }, initiatives.getFirst().code(), initiatives.getLast().code());
        List<Object[]> commitments = new ArrayList<>();
        List<Object[]> leadAgencies = new ArrayList<>();
        List<Object[]> assignments = new ArrayList<>();
        List<Object[]> handovers = new ArrayList<>();
        for (PlannedInitiative initiative : initiatives) {
            long id = ids.get(initiative.code());
            initiative.commitments().forEach(key -> commitments.add(new Object[] {id, commitmentIds.get(key)}));
            LocalDateTime start = initiative.startDate().atTime(LocalTime.of(9, 0));
            for (Side side : initiative.sides()) {
                long party = partyIds.get(side.partyCode());
                leadAgencies.add(new Object[] {id, party, agencyIds.get(side.agencyCode())});
                if (side.changedHands()) {
                    LocalDateTime handover = side.handedOverOn().atTime(LocalTime.of(9, 0));
                    assignments.add(new Object[] {id, party, leadIds.get(side.previousLead()), AUTHOR, start, handover});
                    assignments.add(new Object[] {id, party, leadIds.get(side.lead()), AUTHOR, handover, null});
                    handovers.add(new Object[] {id, "lead." + side.partyCode(), leadNames.get(side.previousLead()),
                            leadNames.get(side.lead()), AUTHOR, handover});
                } else {
                    assignments.add(new Object[] {id, party, leadIds.get(side.lead()), AUTHOR, start, null});
                }
            }
        }
        jdbc.batchUpdate("insert into initiative_commitment (initiative_id, commitment_id) values (?, ?)", commitments);
        jdbc.batchUpdate("insert into initiative_lead_agency (initiative_id, party_id, agency_id) values (?, ?, ?)",
                leadAgencies);
        jdbc.batchUpdate("""
                insert into oversight_assignment (initiative_id, party_id, lead_id, assigned_by, started_at, ended_at)
                values (?, ?, ?, ?, ?, ?)""", assignments,
                new int[] {Types.BIGINT, Types.BIGINT, Types.BIGINT, Types.VARCHAR, Types.TIMESTAMP, Types.TIMESTAMP});
        jdbc.batchUpdate("""
                insert into change_history (subject_type, subject_id, field, old_value, new_value, changed_by, changed_at)
                values ('INITIATIVE', ?, ?, ?, ?, ?, ?)""", handovers);
        return handovers.size();
    }

    Map<String, Long> leadIds() {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select username, id from user_account where username like ?", row -> {
            ids.put(row.getString(1), row.getLong(2));
        }, PortfolioPlanner.LEAD_PREFIX + "%");
        return ids;
    }

    Map<CommitmentKey, Long> commitmentIds() {
        Map<CommitmentKey, Long> ids = new HashMap<>();
        jdbc.query("""
                select a.code, c.number, c.id from commitment c join agreement a on a.id = c.agreement_id
                where a.code like ?""", row -> {
            ids.put(new CommitmentKey(row.getString(1), row.getInt(2)), row.getLong(3));
        }, PortfolioPlanner.AGREEMENT_PREFIX + "%");
        return ids;
    }

    private Map<String, Long> idsByCode(String table, String prefix) {
        Map<String, Long> ids = new HashMap<>();
        jdbc.query("select code, id from " + table + " where code like ?", row -> {
            ids.put(row.getString(1), row.getLong(2));
        }, prefix + "%");
        return ids;
    }
}
