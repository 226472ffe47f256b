package org.accord.portal.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.accord.audit.AuditKind;
import org.accord.audit.AuditOutcome;
import org.accord.audit.AuditTrailRow;
import org.accord.portal.ui.ExportMenu;
import org.accord.portal.ui.PortalBrowserlessTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;

/** The audit trail screen: filters from the link, the grid they narrow, the export of what it shows. */
class AuditTrailViewTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;

    String who;
    String initiativeCode;

    @BeforeEach
    void eventsOfSomeoneOfOurOwn() {
        who = "viewer" + Long.toString(ThreadLocalRandom.current().nextLong(1L << 36), 36);
        event(Instant.parse("2011-05-01T23:00:00Z"), "ACCESS_DENIED", "DENIED", "the day before");
        event(Instant.parse("2011-05-02T08:00:00Z"), "ACCESS_DENIED", "DENIED", "=cmd|' /C calc'!A0");
        event(Instant.parse("2011-05-02T09:00:00Z"), "LOGIN_SUCCESS", "SUCCESS", "signed in");
        var initiative = jdbc.queryForMap("select id, code from initiative order by id limit 1");
        initiativeCode = (String) initiative.get("code");
        jdbc.update("""
                insert into change_history (subject_type, subject_id, field, old_value, new_value, changed_by, changed_at)
                values ('INITIATIVE', ?, 'status', 'PROPOSED', 'ACTIVE', ?, ?)""", initiative.get("id"), who,
                Timestamp.from(Instant.parse("2011-05-02T10:00:00Z")));
    }

    @Test
    @WithUserDetails("admin.us")
    void filtersAreReadFromTheLinkAndNarrowTheGrid() {
        AuditTrailView view = open("audit", Map.of("who", who, "from", "2011-05-02", "to", "2011-05-02",
                "outcome", "denied", "kind", "SECURITY"));

        assertThat(view.filters.who.getValue()).isEqualTo(who);
        assertThat(view.filters.from.getValue()).isEqualTo(LocalDate.parse("2011-05-02"));
        assertThat(view.filters.to.getValue()).isEqualTo(LocalDate.parse("2011-05-02"));
        assertThat(view.filters.outcome.getValue()).isEqualTo(AuditOutcome.DENIED);
        assertThat(view.filters.kind.getValue()).isEqualTo(AuditKind.SECURITY);
        assertThat(rows(view)).extracting(AuditTrailRow::details).containsExactly("=cmd|' /C calc'!A0");
        var grid = test(view.grid);
        assertThat(grid.getCellText(0, grid.getColumnPosition("what"))).isEqualTo("Access denied · target");
        assertThat(grid.getCellText(0, grid.getColumnPosition("outcome"))).isEqualTo("Denied");
        assertThat(grid.getCellText(0, grid.getColumnPosition("at"))).endsWith("(UTC)");
        assertThat(view.shareableLocation()).startsWith("audit?").contains("who=" + who, "from=2011-05-02",
                "to=2011-05-02", "outcome=DENIED", "kind=SECURITY");
    }

    @Test
    @WithUserDetails("pm.mx")
    void changesAndEventsShowTogetherInTheReadersLanguageAndChangingAFilterRewritesTheLink() {
        AuditTrailView view = open("audit", Map.of("who", who, "from", "not a day"));

        assertThat(view.filters.from.getValue()).isNull();
        assertThat(rows(view)).extracting(AuditTrailRow::kind).containsExactly(AuditKind.CHANGE, AuditKind.SECURITY,
                AuditKind.SECURITY, AuditKind.SECURITY);
        var grid = test(view.grid);
        assertThat(grid.getCellText(0, grid.getColumnPosition("what"))).isEqualTo("Iniciativa " + initiativeCode + " · Estado");
        assertThat(grid.getCellText(0, grid.getColumnPosition("change"))).isEqualTo("PROPOSED → ACTIVE");

        test(view.filters.kind).selectItem("Cambio");

        assertThat(rows(view)).extracting(AuditTrailRow::kind).containsExactly(AuditKind.CHANGE);
        assertThat(view.shareableLocation()).startsWith("audit?").contains("who=" + who, "kind=CHANGE")
                .doesNotContain("from=");
    }

    @Test
    @WithUserDetails("admin.mx")
    void csvExportHoldsTheFilteredRowsWithFormulasNeutralised() throws IOException {
        AuditTrailView view = open("audit", Map.of("who", who, "kind", "SECURITY"));
        ExportMenu<?> menu = $(ExportMenu.class).single();

        List<CSVRecord> records = csv(menu);

        assertThat(menu.fileName(ExportMenu.Format.CSV)).matches("audit-trail-\\d{4}-\\d{2}-\\d{2}\\.csv");
        assertThat(records).hasSize(4);
        int details = records.getFirst().toList().indexOf("Detalles");
        assertThat(records.stream().skip(1).map(record -> record.get(details)).toList())
                .containsExactly("signed in", "'=cmd|' /C calc'!A0", "the day before");
        assertThat(records.get(1).get(0)).isEqualTo("2011-05-02T09:00:00Z");
        assertThat(rows(view)).hasSize(3);
    }

    private AuditTrailView open(String path, Map<String, String> link) {
        UI.getCurrent().navigate(path, QueryParameters.simple(link));
        return (AuditTrailView) getCurrentView();
    }

    private List<AuditTrailRow> rows(AuditTrailView view) {
        return view.grid.getLazyDataView().getItems().toList();
    }

    private static List<CSVRecord> csv(ExportMenu<?> menu) throws IOException {
        var out = new ByteArrayOutputStream();
        menu.write(ExportMenu.Format.CSV, out);
        byte[] bytes = out.toByteArray();
        try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }

    private void event(Instant at, String action, String outcome, String details) {
        jdbc.update("""
                insert into audit_event (occurred_at, actor, action, target, outcome, details)
                values (?, ?, ?, 'target', ?, ?)""", Timestamp.from(at), who, action, outcome, details);
    }
}
