package org.accord.portal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamResourceRegistry;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.accord.agreement.Agreements;
import org.accord.initiative.InitiativePortfolio;
import org.accord.milestone.MilestonePlan;
import org.accord.milestone.MilestoneRow;
import org.accord.milestone.MilestoneStories;
import org.accord.milestone.OwnerSide;
import org.accord.people.ReferenceData;
import org.accord.testsupport.SignedIn;
import org.accord.portal.ui.initiative.InitiativesView;
import org.accord.portal.ui.milestone.MilestonesView;
import org.accord.portal.ui.task.TeamTasksView;
import org.accord.initiative.InitiativeRow;
import org.accord.task.TaskRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.test.context.support.WithUserDetails;

/** The Export menus of the lists: their download links, and files that hold what the grid shows, in its order. */
class ListExportMenusTest extends PortalBrowserlessTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;
    @Autowired
    InitiativePortfolio portfolio;
    @Autowired
    MilestonePlan plan;
    @Autowired
    Agreements agreements;
    @Autowired
    ReferenceData referenceData;

    @Test
    @WithUserDetails("pm.us")
    void initiativesExportHoldsTheFilteredGridInItsSortOrder() throws IOException {
        navigate("initiatives", Map.of("status", "ACTIVE"));
        assertThat(getCurrentView()).isInstanceOf(InitiativesView.class);
        var grid = test(this.<InitiativeRow>grid());
        grid.getComponent().sort(List.of(new GridSortOrder<>(grid.getComponent().getColumnByKey("title"),
                SortDirection.DESCENDING)));
        List<String> codes = grid.getComponent().getLazyDataView().getItems().map(InitiativeRow::code).toList();
        assertThat(codes).isNotEmpty();
        ExportMenu<?> menu = $(ExportMenu.class).single();

        assertThat(menu.getId()).contains("initiatives-export");
        assertDownloadLinks(menu);
        assertThat(menu.fileName(ExportMenu.Format.XLSX)).matches("initiatives-\\d{4}-\\d{2}-\\d{2}\\.xlsx");

        List<Row> rows = sheet(menu);
        assertThat(rows.getFirst().getCell(0).asString()).isEqualTo("Code");
        assertThat(rows.getFirst().getCell(1).asString()).isEqualTo("Title");
        assertThat(rows.stream().skip(1).map(row -> row.getCell(0).asString()).toList()).isEqualTo(codes);
        assertThat(rows.stream().skip(1).map(row -> row.getCell(2).asString()).distinct().toList())
                .containsExactly("Active");
        int startDate = rows.getFirst().getCellCount() - 2;
        assertThat(rows.getFirst().getCell(startDate).asString()).isEqualTo("Start");
        assertThat(rows.get(1).getCell(startDate).getType()).isEqualTo(CellType.NUMBER);

        List<CSVRecord> records = csv(menu);
        assertThat(records.stream().skip(1).map(record -> record.get(0)).toList()).isEqualTo(codes);
        MockHttpServletResponse download = download(menu.xlsx);
        assertThat(download.getContentType()).isEqualTo(
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(download.getHeader("Content-Disposition")).startsWith("attachment")
                .contains(menu.fileName(ExportMenu.Format.XLSX));
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(download.getContentAsByteArray()))) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Initiatives");
            assertThat(workbook.getFirstSheet().read().stream().skip(1).map(row -> row.getCell(0).asString())
                    .toList()).isEqualTo(codes);
        }
        assertThat(records.get(1).get(startDate)).matches("\\d{4}-\\d{2}-\\d{2}");
    }

    @Test
    @WithUserDetails("pm.us")
    void overdueMilestonesExportHoldsEveryRowOfTheGridWithSlippageAsNumbers() throws IOException {
        navigate("milestones", Map.of("overdue", "true"));
        assertThat(getCurrentView()).isInstanceOf(MilestonesView.class);
        var grid = test(this.<MilestoneRow>grid());
        assertThat(grid.size()).isPositive();
        ExportMenu<?> menu = $(ExportMenu.class).single();
        assertDownloadLinks(menu);

        List<Row> rows = sheet(menu);

        assertThat(rows).hasSize(grid.size() + 1);
        assertThat(rows.getFirst().getCell(6).asString()).isEqualTo("Slippage (days; negative: early)");
        // All the grid's rows in one fetch: the shared database may hold the 40,000-milestone portfolio.
        List<MilestoneRow> shown = grid.getComponent().getLazyDataView().getItems().toList();
        for (int at = 0; at < shown.size(); at++) {
            MilestoneRow milestone = shown.get(at);
            assertThat(rows.get(at + 1).getCell(0).asString()).isEqualTo(milestone.initiativeCode());
            assertThat(rows.get(at + 1).getCell(1).asString()).isEqualTo(milestone.titleEn());
            assertThat(rows.get(at + 1).getCell(6).asNumber()).isEqualByComparingTo(
                    String.valueOf(milestone.slippageDays()));
        }
        assertThat(csv(menu)).hasSize(grid.size() + 1);
    }

    @Test
    @WithUserDetails("pm.mx")
    void teamTasksExportOfAnotherPartysLiaisonIsInSpanishAndLeavesOutTheirInternalTask() throws IOException {
        long liaison = jdbc.queryForObject("select id from user_account where username = 'liaison.us'", Long.class);
        navigate("tasks", Map.of("assignee", String.valueOf(liaison), "open", "false"));
        assertThat(getCurrentView()).isInstanceOf(TeamTasksView.class);
        var grid = test(this.<TaskRow>grid());
        List<String> titles = grid.getComponent().getLazyDataView().getItems().map(TaskRow::title).toList();
        assertThat(titles).isNotEmpty();
        ExportMenu<?> menu = $(ExportMenu.class).single();
        assertDownloadLinks(menu);
        assertThat(menu.fileName(ExportMenu.Format.CSV)).matches("tasks-\\d{4}-\\d{2}-\\d{2}\\.csv");

        List<CSVRecord> records = csv(menu);

        assertThat(records.getFirst().get(0)).isEqualTo("Vence");
        MockHttpServletResponse download = download(menu.csv);
        assertThat(download.getContentType()).startsWith("text/csv");
        assertThat(download.getContentAsByteArray()).isEqualTo(csvBytes(menu));
        assertThat(records.stream().skip(1).map(record -> record.get(1)).toList()).isEqualTo(titles)
                .doesNotContain("Brief the embassy on the contraband case coordination");
        assertThat(records.get(1).get(0)).matches("\\d{4}-\\d{2}-\\d{2}");
        List<Row> rows = sheet(menu);
        assertThat(rows).hasSize(titles.size() + 1);
        assertThat(rows.get(1).getCell(0).getType()).isEqualTo(CellType.NUMBER);
    }

    @Test
    @WithUserDetails("pm.us")
    void titlesThatLookLikeFormulasAreNeutralInBothFiles() throws IOException {
        var stories = new MilestoneStories(new SignedIn(users), portfolio, plan, agreements, referenceData, jdbc);
        stories.milestone("=HYPERLINK(\"http://x\")", OwnerSide.MX, MilestoneStories.TODAY.plusDays(20),
                MilestoneStories.TODAY.plusDays(30));
        stories.milestone("@SUM(A1) Poiré", OwnerSide.US, MilestoneStories.TODAY.plusDays(25), null);
        String agreement = jdbc.queryForObject("select code from agreement where id = ?", String.class,
                stories.agreementId);
        navigate("milestones", Map.of("agreement", agreement));
        ExportMenu<?> menu = $(ExportMenu.class).single();

        List<Row> rows = sheet(menu);
        List<CSVRecord> records = csv(menu);

        assertThat(rows.stream().skip(1).map(row -> row.getCell(1).asString()).toList())
                .containsExactly("'=HYPERLINK(\"http://x\")", "'@SUM(A1) Poiré");
        assertThat(records.stream().skip(1).map(record -> record.get(1)).toList())
                .containsExactly("'=HYPERLINK(\"http://x\")", "'@SUM(A1) Poiré");
        assertThat(rows.get(1).getCell(6).asNumber()).isEqualByComparingTo("10");
        assertThat(records.get(1).get(6)).isEqualTo("10");
    }

    private void navigate(String route, Map<String, String> parameters) {
        UI.getCurrent().navigate(route, QueryParameters.simple(parameters));
    }

    @SuppressWarnings("unchecked")
    private <T> Grid<T> grid() {
        return $(Grid.class).single();
    }

    private static void assertDownloadLinks(ExportMenu<?> menu) {
        for (var anchor : List.of(menu.csv, menu.xlsx)) {
            assertThat(anchor.getElement().hasAttribute("download")).isTrue();
            assertThat(anchor.getHref()).isNotBlank();
        }
        assertThat(menu.csv.getText()).isNotBlank();
    }

    /** What the browser gets for the link: the download handler the link is registered with, run on a request. */
    private static MockHttpServletResponse download(Anchor anchor) throws IOException {
        VaadinSession session = VaadinSession.getCurrent();
        var resource = session.getResourceRegistry().getResource(URI.create(anchor.getHref()))
                .map(StreamResourceRegistry.ElementStreamResource.class::cast).orElseThrow();
        var service = (VaadinServletService) VaadinService.getCurrent();
        var response = new MockHttpServletResponse();
        resource.getElementRequestHandler().handleRequest(new VaadinServletRequest(new MockHttpServletRequest(), service),
                new VaadinServletResponse(response, service), session, resource.getOwner());
        return response;
    }

    private static byte[] csvBytes(ExportMenu<?> menu) throws IOException {
        var out = new ByteArrayOutputStream();
        menu.write(ExportMenu.Format.CSV, out);
        return out.toByteArray();
    }

    private static List<Row> sheet(ExportMenu<?> menu) throws IOException {
        var out = new ByteArrayOutputStream();
        menu.write(ExportMenu.Format.XLSX, out);
        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            return workbook.getFirstSheet().read();
        }
    }

    private static List<CSVRecord> csv(ExportMenu<?> menu) throws IOException {
        var out = new ByteArrayOutputStream();
        menu.write(ExportMenu.Format.CSV, out);
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        try (var reader = new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.parse(reader).getRecords();
        }
    }
}
