package org.accord.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.accord.PortalTest;
import org.accord.testsupport.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** The audit trail screen's service: security events and changes in one list, paged, filtered, exported. */
@PortalTest
class AuditTrailTest {

    static final Instant NOON = Instant.parse("2011-05-02T12:00:00Z");

    @Autowired
    AuditTrail trail;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    String who;

    @BeforeEach
    void someoneOfOurOwn() {
        signedIn = new SignedIn(userDetails);
        who = "auditor" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 36), 36);
    }

    @Test
    void pagesMergeBothKindsNewestFirstAndTheCountEqualsTheRows() {
        for (int hour = 0; hour < 5; hour++) {
            event(who, NOON.minusSeconds(3600L * hour), "LOGIN_SUCCESS", "SUCCESS", "web");
        }
        for (int hour = 0; hour < 4; hour++) {
            change(who, NOON.minusSeconds(3600L * hour + 1800), "status", null);
        }
        AuditFilter mine = new AuditFilter(who, null, null, null, null, null);

        List<AuditTrailRow> pages = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            int number = page;
            pages.addAll(signedIn.as("admin.us", () -> trail.page(mine, PageRequest.of(number, 4))));
        }

        assertThat(signedIn.as("pm.mx", () -> trail.count(mine))).isEqualTo(9);
        assertThat(pages).hasSize(9).doesNotHaveDuplicates().isSortedAccordingTo(AuditTrail.NEWEST_FIRST);
        assertThat(pages).extracting(AuditTrailRow::kind).containsExactly(AuditKind.SECURITY, AuditKind.CHANGE,
                AuditKind.SECURITY, AuditKind.CHANGE, AuditKind.SECURITY, AuditKind.CHANGE, AuditKind.SECURITY,
                AuditKind.CHANGE, AuditKind.SECURITY);
        assertThat(pages.get(1)).satisfies(row -> {
            assertThat(row.subjectType()).isEqualTo("INITIATIVE");
            assertThat(row.field()).isEqualTo("status");
            assertThat(row.after()).isEqualTo("ACTIVE");
            assertThat(row.outcome()).isEqualTo(AuditOutcome.SUCCESS);
        });
        assertThat(signedIn.as("admin.us", () -> trail.page(mine, PageRequest.of(3, 4)))).isEmpty();
    }

    @Test
    void filtersByWhoDateRangeInUtcOutcomeAndKind() {
        event(who, Instant.parse("2011-05-01T23:59:59Z"), "LOGIN_FAILURE", "FAILURE", "before the day");
        event(who, Instant.parse("2011-05-02T00:00:00Z"), "ACCESS_DENIED", "DENIED", "first of the day");
        event(who, Instant.parse("2011-05-02T23:59:59Z"), "LOGIN_SUCCESS", "SUCCESS", "last of the day");
        event(who, Instant.parse("2011-05-03T00:00:00Z"), "LOGIN_SUCCESS", "SUCCESS", "the next day");
        change(who, Instant.parse("2011-05-02T10:00:00Z"), "health", null);
        String other = "someone" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 36), 36);
        event(other, Instant.parse("2011-05-02T10:00:00Z"), "LOGIN_SUCCESS", "SUCCESS", "someone else");
        Instant from = Instant.parse("2011-05-02T00:00:00Z");
        Instant to = Instant.parse("2011-05-03T00:00:00Z");

        assertThat(rows(new AuditFilter(who, null, from, to, null, null))).extracting(this::label)
                .containsExactly("last of the day", "health", "first of the day");
        assertThat(rows(new AuditFilter(who, null, from, to, null, AuditKind.SECURITY))).extracting(this::label)
                .containsExactly("last of the day", "first of the day");
        assertThat(rows(new AuditFilter(who, null, null, null, null, AuditKind.CHANGE))).extracting(this::label)
                .containsExactly("health");
        assertThat(rows(new AuditFilter(who, null, null, null, AuditOutcome.DENIED, null))).extracting(this::label)
                .containsExactly("first of the day");
        assertThat(rows(new AuditFilter(who, null, null, null, AuditOutcome.SUCCESS, null))).extracting(this::label)
                .containsExactly("the next day", "last of the day", "health");
        assertThat(rows(new AuditFilter(" " + other.toUpperCase() + " ", null, null, null, null, null)))
                .extracting(this::label).containsExactly("someone else");
        assertThat(signedIn.as("admin.us", () -> trail.count(new AuditFilter(who, "denied", null, null, null, null))))
                .isEqualTo(1);
    }

    @Test
    void percentAndUnderscoreInTheSearchMatchThemselves() {
        event(who, NOON, "USER_UPDATED", "SUCCESS", "quota 100% used");
        event(who, NOON.minusSeconds(1), "USER_UPDATED", "SUCCESS", "quota 100 used");
        event(who, NOON.minusSeconds(2), "USER_UPDATED", "SUCCESS", "field a_b");
        event(who, NOON.minusSeconds(3), "USER_UPDATED", "SUCCESS", "field axb");
        event(who, NOON.minusSeconds(4), "USER_UPDATED", "SUCCESS", "bang a!b");

        assertThat(rows(new AuditFilter(who, "100%", null, null, null, null))).extracting(this::label)
                .containsExactly("quota 100% used");
        assertThat(rows(new AuditFilter(who, "a_b", null, null, null, null))).extracting(this::label)
                .containsExactly("field a_b");
        assertThat(rows(new AuditFilter(who, "a!b", null, null, null, null))).extracting(this::label)
                .containsExactly("bang a!b");
        assertThat(rows(new AuditFilter(who.substring(0, 4) + "%", null, null, null, null, null))).isEmpty();
    }

    @Test
    void changesKeptForOnePartyReachOnlyThatPartysReaders() {
        long us = jdbc.queryForObject("select id from party where code = 'US'", Long.class);
        change(who, NOON, "internalNote", us);
        change(who, NOON.minusSeconds(1), "sharedNote", null);
        AuditFilter mine = new AuditFilter(who, null, null, null, null, null);

        assertThat(signedIn.as("pm.us", () -> trail.page(mine, PageRequest.of(0, 10)))).extracting(AuditTrailRow::field)
                .containsExactly("internalNote", "sharedNote");
        for (String mexican : List.of("pm.mx", "admin.mx")) {
            assertThat(signedIn.as(mexican, () -> trail.page(mine, PageRequest.of(0, 10)))).as(mexican)
                    .extracting(AuditTrailRow::field).containsExactly("sharedNote");
            assertThat(signedIn.as(mexican, () -> trail.count(mine))).as(mexican).isEqualTo(1);
        }
    }

    @Test
    void onlyAdministratorsAndProgramManagersReadTheTrail() {
        for (String someone : List.of("bersin", "lead.mx", "liaison.us", "napolitano", "meade")) {
            assertThatThrownBy(() -> signedIn.as(someone, () -> trail.page(AuditFilter.none(), PageRequest.of(0, 10))))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> signedIn.as(someone, () -> trail.count(AuditFilter.none())))
                    .as(someone).isInstanceOf(AccessDeniedException.class);
        }
    }

    @Test
    void exportHandsOverEveryMatchingRowInTheListsOrderAFewHundredAtATime() {
        List<Object[]> events = new ArrayList<>();
        List<Object[]> changes = new ArrayList<>();
        for (int second = 0; second < 520; second++) {
            events.add(new Object[] {Timestamp.from(NOON.minusSeconds(second * 2L)), who, "LOGIN_SUCCESS", "SUCCESS"});
        }
        for (int second = 0; second < 510; second++) {
            changes.add(new Object[] {Timestamp.from(NOON.minusSeconds(second * 2L + 1)), who});
        }
        jdbc.batchUpdate("insert into audit_event (occurred_at, actor, action, outcome) values (?, ?, ?, ?)", events);
        jdbc.batchUpdate("""
                insert into change_history (subject_type, subject_id, field, new_value, changed_by, changed_at)
                values ('task', 1, 'status', 'DONE', ?, ?)""", changes.stream()
                .map(row -> new Object[] {row[1], row[0]}).toList());
        AuditFilter mine = new AuditFilter(who, null, null, null, null, null);
        List<Integer> batches = new ArrayList<>();
        List<AuditTrailRow> exported = new ArrayList<>();

        signedIn.as("pm.us", () -> trail.export(mine, batch -> {
            batches.add(batch.size());
            exported.addAll(batch);
        }));

        assertThat(batches).containsExactly(500, 500, 30);
        assertThat(exported).hasSize(1030).doesNotHaveDuplicates().isSortedAccordingTo(AuditTrail.NEWEST_FIRST);
        assertThat(exported.subList(600, 700))
                .isEqualTo(signedIn.as("pm.us", () -> trail.page(mine, PageRequest.of(6, 100))));
    }

    private List<AuditTrailRow> rows(AuditFilter filter) {
        List<AuditTrailRow> rows = signedIn.as("admin.us", () -> trail.page(filter, PageRequest.of(0, 50)));
        assertThat(signedIn.as("admin.us", () -> trail.count(filter))).isEqualTo(rows.size());
        return rows;
    }

    @Test
    void changesNameTheirRecordsByCodeOrTaskTitleAndARecordNoLongerThereByNothing() {
        Instant at = NOON.plusSeconds(60);
        Map<String, Map<String, Object>> records = new HashMap<>();
        Map.of("INITIATIVE", "select id, code as name from initiative order by id limit 1",
                "AGREEMENT", "select id, code as name from agreement order by id limit 1",
                "AGENCY", "select id, code as name from agency order by id limit 1",
                "task", "select id, title as name from task order by id limit 1")
                .forEach((type, query) -> jdbc.queryForList(query).forEach(record -> records.put(type, record)));
        assertThat(records).containsKeys("INITIATIVE", "AGREEMENT", "AGENCY");
        records.forEach((type, record) -> change(who, at, type, ((Number) record.get("id")).longValue(), "status"));
        change(who, at, "INITIATIVE", Long.MAX_VALUE, "status");
        AuditFilter mine = new AuditFilter(who, null, null, null, null, AuditKind.CHANGE);

        List<AuditTrailRow> rows = signedIn.as("pm.us", () -> trail.page(mine, PageRequest.of(0, 10)));
        List<AuditTrailRow> exported = new ArrayList<>();
        signedIn.as("admin.mx", () -> trail.export(mine, exported::addAll));

        for (List<AuditTrailRow> read : List.of(rows, exported)) {
            assertThat(read).hasSize(records.size() + 1);
            records.forEach((type, record) -> assertThat(read)
                    .filteredOn(row -> row.subjectType().equals(type) && row.subjectId() != Long.MAX_VALUE)
                    .extracting(AuditTrailRow::subjectName).as(type).containsExactly((String) record.get("name")));
            assertThat(read).filteredOn(row -> row.subjectId() == Long.MAX_VALUE)
                    .extracting(AuditTrailRow::subjectName).containsExactly((String) null);
        }
    }

    private String label(AuditTrailRow row) {
        return row.kind() == AuditKind.SECURITY ? row.details() : row.field();
    }

    private void event(String actor, Instant at, String action, String outcome, String details) {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, target, outcome, details, client_address)
                values (?, ?, ?, 'target', ?, ?, '203.0.113.9')""", Timestamp.from(at), actor, action, outcome, details);
    }

    private void change(String by, Instant at, String subjectType, long subjectId, String field) {
        jdbc.update("""
                insert into change_history (subject_type, subject_id, field, old_value, new_value, changed_by,
                    changed_at) values (?, ?, ?, 'PROPOSED', 'ACTIVE', ?, ?)""",
                subjectType, subjectId, field, by, Timestamp.from(at));
    }

    private void change(String by, Instant at, String field, Long visibleToParty) {
        jdbc.update("""
                insert into change_history (subject_type, subject_id, field, old_value, new_value, changed_by,
                    changed_at, visible_to_party_id) values ('INITIATIVE', 1, ?, 'PROPOSED', 'ACTIVE', ?, ?, ?)""",
                field, by, Timestamp.from(at), visibleToParty);
    }
}
