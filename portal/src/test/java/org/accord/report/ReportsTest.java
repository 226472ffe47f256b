package org.accord.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.accord.PortalTest;
import org.accord.testsupport.SignedIn;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.verapdf.pdfa.flavours.PDFAFlavour;

@PortalTest
class ReportsTest {

    static final String US_INTERNAL_NOTE = "Internal: ask DHS counsel";
    static final String MX_INTERNAL_NOTE = "Interno: la Procuraduría Fiscal";

    @Autowired
    Reports reports;
    @Autowired
    IssuedReports issuedReports;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    SignedIn signedIn;
    long demoPeriod;

    @BeforeEach
    void demoPeriod() {
        signedIn = new SignedIn(userDetails);
        demoPeriod = signedIn.as("pm.us", () -> reports.periods().stream().filter(p -> "2012-Q2".equals(p.code()))
                .findFirst().orElseThrow().id());
    }

    @Test
    void bilateralReportHoldsNoInternalNoteOfEitherPartyInAnyFormat() throws Exception {
        for (ReportFormat format : ReportFormat.values()) {
            String text = readable(format, write("napolitano", request(ReportScope.all(), ReportLanguage.SIDE_BY_SIDE, format, null)));
            assertThat(text).as(format.name()).contains("DOP-2012-06")
                    .doesNotContain(US_INTERNAL_NOTE).doesNotContain(MX_INTERNAL_NOTE);
        }
    }

    @Test
    void partysOwnReportAddsItsInternalNotesAndSaysSoOnEveryPage() throws Exception {
        byte[] pdf = write("pm.us", request(ReportScope.all(), ReportLanguage.EN, ReportFormat.PDF, "US"));

        String text = ReportFiles.pdfText(pdf);
        assertThat(text).contains(US_INTERNAL_NOTE).doesNotContain(MX_INTERNAL_NOTE);
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(document)).as("page " + page).contains("US internal");
            }
        }
        byte[] mexican = write("pm.mx", request(ReportScope.all(), ReportLanguage.ES, ReportFormat.XLSX, "MX"));
        assertThat(readable(ReportFormat.XLSX, mexican)).contains(MX_INTERNAL_NOTE).doesNotContain(US_INTERNAL_NOTE);
    }

    @Test
    void nobodyReadsTheOtherPartysInternalReport() {
        assertThatThrownBy(() -> write("meade", request(ReportScope.all(), ReportLanguage.ES, ReportFormat.CSV, "US")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("pm.mx", () -> reports.content(
                request(ReportScope.all(), ReportLanguage.ES, ReportFormat.PDF, "US"))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void liaisonsReadNoReportAndExecutivesIssueNone() {
        assertThatThrownBy(() -> write("liaison.us", request(ReportScope.all(), ReportLanguage.EN, ReportFormat.CSV, null)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signedIn.as("napolitano", () -> reports.issue(
                request(ReportScope.all(), ReportLanguage.EN, ReportFormat.CSV, null), null, null, ReportProgress.NONE)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sideBySidePdfShowsBothLanguagesAccentsAndTheTranslationMarkedAsSuch() throws Exception {
        String text = ReportFiles.pdfText(write("poire", request(ReportScope.all(), ReportLanguage.SIDE_BY_SIDE,
                ReportFormat.PDF, null))).replaceAll("\\s+", " ");

        assertThat(text).contains("Bilateral progress report / Informe bilateral de avance")
                .contains("Executive summary / Resumen ejecutivo")
                .contains("Administración General de Aduanas")
                .contains("Data dictionary agreed with Mexican Customs on 8 June.")
                .contains("US update, written in English by David Aguilar / Informe de US, escrito en inglés por David Aguilar")
                .contains("Original (English)")
                .contains("Traducción (español) por")
                .contains("Diccionario de datos acordado con Aduanas de México el 8 de junio.")
                .containsPattern("Page 2 of \\d+");
    }

    @Test
    void englishReportShowsASpanishUpdateWithoutTranslationAsMissingNeverReplaced() throws Exception {
        String segob = "(SELECT id FROM initiative WHERE code = 'SEGOB-2012-02')";
        jdbc.update("UPDATE progress_update SET state = 'APPROVED' WHERE state = 'SUBMITTED' AND period_id = ? AND"
                + " initiative_id = " + segob, demoPeriod);
        try {
            String text = ReportFiles.pdfText(write("meade", request(ReportScope.all(), ReportLanguage.EN,
                    ReportFormat.PDF, null))).replaceAll("\\s+", " ");

            assertThat(text).contains("Procedimientos de repatriación por vía aérea acordados el 25 de mayo.")
                    .contains("No English translation yet.").contains("Missing translations");
        } finally {
            jdbc.update("UPDATE progress_update SET state = 'SUBMITTED' WHERE state = 'APPROVED' AND period_id = ? AND"
                    + " initiative_id = " + segob, demoPeriod);
        }
    }

    @Test
    void workbookCellsAreTypedAndTheSummaryAddsUp() throws Exception {
        ReportRequest request = request(ReportScope.all(), ReportLanguage.EN, ReportFormat.XLSX, null);
        int initiatives = signedIn.as("pm.us", () -> reports.content(request).initiativeCount());
        Map<String, List<List<String>>> sheets = ReportFiles.sheets(write("pm.us", request));

        assertThat(sheets).containsKeys("Report", "Initiatives by health", "Milestones", "Updates", "Never submitted");
        int total = sheets.get("Initiatives by health").stream().skip(1).mapToInt(row -> Integer.parseInt(row.get(4))).sum();
        assertThat(total).isEqualTo(initiatives);
        List<List<String>> milestones = sheets.get("Milestones");
        assertThat(milestones.getFirst()).startsWith("Initiative", "Milestone", "Side", "Baseline");
        assertThat(milestones.get(1).get(3)).as("a baseline date is a serial number, not text").matches("\\d+(\\.0+)?");
        assertThat(sheets.get("Initiatives").stream().skip(1).map(row -> row.get(2))).contains("DOP-2012-01", "DOP-2012-06");
    }

    @Test
    void csvIsOneParseableFilePerTable() throws Exception {
        Map<String, List<CSVRecord>> files = ReportFiles.csvZip(write("wayne", request(ReportScope.all(),
                ReportLanguage.ES, ReportFormat.CSV, null)));

        assertThat(files).containsKeys("Hitos.csv", "Iniciativas.csv", "Informes.csv");
        assertThat(files.get("Hitos.csv").getFirst().get(1)).isEqualTo("Hito");
        assertThat(files.get("Iniciativas.csv").stream().map(record -> record.get(2))).contains("DOP-2012-01");
    }

    @Test
    void hostileTextStaysTextInEveryFormat() throws Exception {
        String hostile = "=HYPERLINK(\"http://evil.example\",\"x\") <script>alert(1)</script>";
        String previous = jdbc.queryForObject("SELECT health_reason FROM initiative WHERE code = 'DOP-2012-02'", String.class);
        jdbc.update("UPDATE initiative SET health_reason = ? WHERE code = 'DOP-2012-02'", hostile);
        try {
            ReportRequest xlsx = request(ReportScope.all(), ReportLanguage.EN, ReportFormat.XLSX, null);
            List<List<String>> initiatives = ReportFiles.sheets(write("pm.us", xlsx)).get("Initiatives");
            assertThat(initiatives).anySatisfy(row -> assertThat(row.get(6)).isEqualTo("'" + hostile));
            Map<String, List<CSVRecord>> csv = ReportFiles.csvZip(write("pm.us", xlsx.as(ReportFormat.CSV)));
            assertThat(csv.get("Initiatives.csv")).anySatisfy(record -> assertThat(record.get(6)).isEqualTo("'" + hostile));
            assertThat(ReportFiles.pdfText(write("pm.us", xlsx.as(ReportFormat.PDF)))).contains("<script>alert(1)</script>");
        } finally {
            jdbc.update("UPDATE initiative SET health_reason = ? WHERE code = 'DOP-2012-02'", previous);
        }
    }

    @Test
    void draftPdfIsTaggedPdfUa() throws Exception {
        byte[] pdf = write("pm.mx", request(agreement("DOP-2012"), ReportLanguage.SIDE_BY_SIDE, ReportFormat.PDF, null));

        assertThat(ReportFiles.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        assertThat(ReportFiles.pdfText(pdf)).contains("Draft: not an issued report");
    }

    @Test
    void issuedPdfIsArchivalCarriesItsDataAndVerifiesWhileAChangedByteDoesNot() throws Exception {
        ReportRequest request = new ReportRequest(null, LocalDate.of(2012, 4, 2), LocalDate.of(2012, 6, 29),
                agreement("DOP-2012"), ReportLanguage.SIDE_BY_SIDE, ReportFormat.PDF, null);
        IssuedReportView issued = signedIn.as("pm.us", () -> reports.issue(request, null, null, ReportProgress.NONE));
        byte[] pdf = signedIn.as("napolitano", () -> issuedReports.download(issued.id()).content());

        assertThat(ReportFiles.failures(pdf, PDFAFlavour.PDFA_3_A)).isEmpty();
        assertThat(ReportFiles.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
        String text = ReportFiles.pdfText(pdf);
        assertThat(text).contains(issued.identifier()).contains(issued.dataSha256()).contains("/reports/verify");
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var files = document.getDocumentCatalog().getNames().getEmbeddedFiles().getNames();
            byte[] data = files.values().iterator().next().getEmbeddedFile().toByteArray();
            assertThat(Sha256.hex(data)).isEqualTo(issued.dataSha256());
        }

        Verification same = signedIn.as("meade", () -> issuedReports.verify(new ByteArrayInputStream(pdf)));
        byte[] changed = pdf.clone();
        changed[changed.length / 2] ^= 1;
        Verification other = signedIn.as("meade", () -> issuedReports.verify(new ByteArrayInputStream(changed)));
        assertThat(same.issued()).isTrue();
        assertThat(same.report().identifier()).isEqualTo(issued.identifier());
        assertThat(other.issued()).isFalse();
    }

    @Test
    void whatChangedSinceTheLastIssuedReportOfTheSameScope() {
        long commitment = jdbc.queryForObject("SELECT c.id FROM commitment c JOIN agreement a ON a.id = c.agreement_id"
                + " WHERE a.code = 'DOP-2012' AND c.number = 2", Long.class);
        ReportScope scope = ReportScope.commitment(commitment);
        String code = jdbc.queryForObject("SELECT MIN(i.code) FROM initiative i JOIN initiative_commitment ic"
                + " ON ic.initiative_id = i.id WHERE ic.commitment_id = ?", String.class, commitment);
        String health = jdbc.queryForObject("SELECT health FROM initiative WHERE code = ?", String.class, code);
        signedIn.as("pm.mx", () -> reports.issue(new ReportRequest(null, LocalDate.of(2012, 1, 1),
                LocalDate.of(2012, 3, 31), scope, ReportLanguage.EN, ReportFormat.CSV, null), null, null, ReportProgress.NONE));
        String changedTo = "RED".equals(health) ? "GREEN" : "RED";
        jdbc.update("UPDATE initiative SET health = ? WHERE code = ?", changedTo, code);
        try {
            ReportChanges changes = signedIn.as("wayne", () -> reports.content(new ReportRequest(null,
                    LocalDate.of(2012, 4, 1), LocalDate.of(2012, 6, 30), scope, ReportLanguage.EN, ReportFormat.PDF,
                    null)).changes());

            assertThat(changes.hasBaseline()).isTrue();
            assertThat(changes.changes()).contains(new ReportChange(ChangeKind.HEALTH_CHANGED, code,
                    changes.changes().stream().filter(c -> c.initiativeCode().equals(code)).findFirst().orElseThrow().subject(),
                    null, health, changedTo));
        } finally {
            jdbc.update("UPDATE initiative SET health = ? WHERE code = ?", health, code);
        }
    }

    @Test
    void aReportOfAnUnknownPeriodOrAReversedRangeIsRefusedAtTheField() {
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> reports.content(ReportRequest.bilateral(999_999,
                ReportScope.all(), ReportLanguage.EN, ReportFormat.PDF))))
                .hasFieldOrPropertyWithValue("field", "period");
        assertThatThrownBy(() -> signedIn.as("pm.us", () -> reports.content(new ReportRequest(null,
                LocalDate.of(2012, 6, 1), LocalDate.of(2012, 5, 1), ReportScope.all(), ReportLanguage.EN,
                ReportFormat.PDF, null)))).hasFieldOrPropertyWithValue("field", "to");
    }

    private ReportScope agreement(String code) {
        return ReportScope.agreement(jdbc.queryForObject("SELECT id FROM agreement WHERE code = ?", Long.class, code));
    }

    private ReportRequest request(ReportScope scope, ReportLanguage language, ReportFormat format, String party) {
        return new ReportRequest(demoPeriod, null, null, scope, language, format, party);
    }

    private byte[] write(String username, ReportRequest request) {
        return signedIn.as(username, () -> {
            var out = new ByteArrayOutputStream();
            reports.write(request, out, ReportProgress.NONE);
            return out.toByteArray();
        });
    }

    /** All the text a format holds, to search in. */
    private static String readable(ReportFormat format, byte[] file) throws Exception {
        return switch (format) {
            case PDF -> ReportFiles.pdfText(file);
            case XLSX -> ReportFiles.sheets(file).toString();
            case CSV -> ReportFiles.csvZip(file).toString();
        };
    }
}
