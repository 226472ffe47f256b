package org.accord.report.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

class TaggedPdfTest {

    private static final Locale ENGLISH = Locale.forLanguageTag("en-US");
    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");
    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final byte[] CSV = "milestone,status\nPoiré,año\n".getBytes(StandardCharsets.UTF_8);

    @BeforeAll
    static void veraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    @Test
    void archivalReportIsValidPdfA3aAndPdfUa1() throws Exception {
        byte[] pdf = sampleReport(Conformance.PDF_UA_1_AND_PDF_A_3A);

        assertThat(failures(pdf, PDFAFlavour.PDFA_3_A)).as("PDF/A-3A failed rules").isEmpty();
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
    }

    @Test
    void workingReportIsValidPdfUa1() throws Exception {
        byte[] pdf = sampleReport(Conformance.PDF_UA_1);

        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
    }

    @Test
    void validationCatchesAnUntaggedDocument() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(out);
        }

        assertThat(failures(out.toByteArray(), PDFAFlavour.PDFUA_1)).isNotEmpty();
    }

    @Test
    void textCopiesOutExactlyWithAccentsLigatureLettersAndHashes() throws Exception {
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> {
            doc.heading(1, "Secretaría de Hacienda y Crédito Público");
            doc.paragraph("Nuevo Esquema de Empresas Certificadas, año 2012, Poiré");
            doc.paragraph("office affinity fluffy final flow");
            doc.paragraph(HASH, TextStyle.MONO);
        });

        String text = text(pdf, 1, 1);
        assertThat(text).contains("Secretaría de Hacienda y Crédito Público",
                "Nuevo Esquema de Empresas Certificadas, año 2012, Poiré", "office affinity fluffy final flow", HASH);
        assertThat(text).doesNotContain("\uFB00", "\uFB01", "\uFB02", "\uFB03", "\uFB04");
    }

    @Test
    void longTableRepeatsItsHeaderAtTheTopOfEachContinuationPage() throws Exception {
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> {
            doc.heading(1, "Milestones");
            try (TableWriter table = doc.table(columns())) {
                for (int i = 1; i <= 200; i++) {
                    table.row("M-" + i, "Inspección conjunta " + i, "On track", "2012-12-" + (i % 28 + 1));
                }
            }
        });

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(3);
            for (int page = 2; page <= doc.getNumberOfPages(); page++) {
                assertThat(text(doc, page)).as("page %d", page).startsWith("Milestone Title Status Due");
            }
        }
        String all = text(pdf, 1, Integer.MAX_VALUE);
        for (int i = 1; i <= 200; i++) {
            assertThat(all).contains("M-" + i + " Inspección conjunta " + i + " On track");
        }
    }

    @Test
    void rowTallerThanAPageIsWrappedAcrossPages() throws Exception {
        String tall = "Línea larga ".repeat(1500).trim();
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> {
            try (TableWriter table = doc.table(List.of(PdfColumn.of("Note", 1)))) {
                table.row("short");
                table.row(tall);
                table.row("after");
            }
        });

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
        }
        String all = text(pdf, 1, Integer.MAX_VALUE).replaceAll("Note\\s", "").replaceAll("\\s+", " ");
        assertThat(all).contains("short " + tall + " after");
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
    }

    @Test
    void footerNumbersEveryPageOutOfTheTotalIncludingTheContents() throws Exception {
        byte[] pdf = sampleReport(Conformance.PDF_UA_1);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int total = doc.getNumberOfPages();
            assertThat(text(doc, 1)).contains("Page 1 of " + total, HASH, "Bilateral progress report");
            assertThat(text(doc, 2)).contains("Page 2 of " + total, "US internal");
            assertThat(text(doc, total)).contains("Page " + total + " of " + total);
        }
    }

    @Test
    void tableOfContentsFollowsTheCoverAndLinksToEachSection() throws Exception {
        byte[] pdf = sampleReport(Conformance.PDF_UA_1);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String contents = text(doc, 2);
            assertThat(contents).contains("Contents", "1. Strategic initiatives", "1.1 Cargo", "2. Milestones");
            List<PDAnnotation> links = doc.getPage(1).getAnnotations();
            assertThat(links).isNotEmpty().allMatch(PDAnnotationLink.class::isInstance);
            for (PDAnnotation annotation : links) {
                assertThat(annotation.getContents()).isNotBlank();
                assertThat(annotation.getStructParent()).isGreaterThanOrEqualTo(0);
            }
            int milestonesPage = pageOfText(doc, "2. Milestones", 3);
            assertThat(contents).contains("2. Milestones " + milestonesPage);

            PDOutlineItem cover = doc.getDocumentCatalog().getDocumentOutline().getFirstChild();
            assertThat(cover.getTitle()).isEqualTo("Bilateral progress report — Informe bilateral");
            PDOutlineItem first = cover.getNextSibling();
            assertThat(first.getTitle()).isEqualTo("1. Strategic initiatives");
            assertThat(first.getFirstChild().getTitle()).isEqualTo("1.1 Cargo");
            assertThat(first.getNextSibling().getTitle()).isEqualTo("2. Milestones");
        }
    }

    @Test
    void attachmentIsEmbeddedAsAssociatedData() throws Exception {
        byte[] pdf = sampleReport(Conformance.PDF_UA_1_AND_PDF_A_3A);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDComplexFileSpecification spec = doc.getDocumentCatalog().getNames().getEmbeddedFiles().getNames()
                    .get("milestones.csv");
            assertThat(spec.getEmbeddedFile().toByteArray()).isEqualTo(CSV);
            assertThat(spec.getEmbeddedFile().getSubtype()).isEqualTo("text/csv");
            assertThat(spec.getCOSObject().getNameAsString("AFRelationship")).isEqualTo("Data");
            COSArray associated = doc.getDocumentCatalog().getCOSObject().getCOSArray(COSName.getPDFName("AF"));
            assertThat(associated.getObject(0)).isSameAs(spec.getCOSObject());
        }
    }

    @Test
    void sideBySideParagraphsCarryTheirOwnLanguages() throws Exception {
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> doc.sideBySide(PdfCell.of("Joint inspection", ENGLISH),
                PdfCell.of("Inspección conjunta", SPANISH)));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary root = doc.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            COSDictionary document = root.getCOSDictionary(COSName.K);
            COSArray kids = document.getCOSArray(COSName.K);
            COSDictionary english = (COSDictionary) kids.getObject(0);
            COSDictionary spanish = (COSDictionary) kids.getObject(1);
            assertThat(english.getNameAsString(COSName.S)).isEqualTo("P");
            assertThat(english.getString(COSName.LANG)).isNull();
            assertThat(spanish.getString(COSName.LANG)).isEqualTo("es-MX");
            assertThat(doc.getDocumentCatalog().getLanguage()).isEqualTo("en-US");
        }
        assertThat(text(pdf, 1, 1)).contains("Joint inspection", "Inspección conjunta");
    }

    @Test
    void runInAnotherLanguageIsASpanWithItsLanguage() throws Exception {
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> doc.paragraph(List.of(Span.of("The programme is called "),
                new Span("Nuevo Esquema de Empresas Certificadas", TextStyle.BOLD, SPANISH), Span.of("."))));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary document = doc.getDocumentCatalog().getCOSObject()
                    .getCOSDictionary(COSName.STRUCT_TREE_ROOT).getCOSDictionary(COSName.K);
            COSDictionary paragraph = document.getCOSDictionary(COSName.K);
            COSArray kids = paragraph.getCOSArray(COSName.K);
            COSDictionary span = null;
            for (int i = 0; i < kids.size(); i++) {
                if (kids.getObject(i) instanceof COSDictionary dict) {
                    span = dict;
                }
            }
            assertThat(span).isNotNull();
            assertThat(span.getNameAsString(COSName.S)).isEqualTo("Span");
            assertThat(span.getString(COSName.LANG)).isEqualTo("es-MX");
        }
        assertThat(text(pdf, 1, 1)).contains("The programme is called Nuevo Esquema de Empresas Certificadas.");
    }

    @Test
    void controlCharactersInInputAreDrawnAsSpacesOrDropped() throws Exception {
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> {
            doc.heading(1, "Tab\there\u0000");
            doc.paragraph("a\tb\rc\u0000d\u0007e\u001Bf");
            try (TableWriter table = doc.table(List.of(PdfColumn.of("x\u0001y", 1)))) {
                table.row("cell\u0000\tvalue");
            }
        });

        String text = text(pdf, 1, 1);
        assertThat(text).contains("Tab here", "a b cdef", "xy", "cell value");
        assertThat(failures(pdf, PDFAFlavour.PDFUA_1)).as("PDF/UA-1 failed rules").isEmpty();
    }

    @Test
    void characterWithoutAGlyphIsReplacedNotFatal() throws Exception {
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> doc.paragraph("Kanji 漢字 and año"));

        assertThat(text(pdf, 1, 1)).contains("Kanji", "and año").doesNotContain("漢");
    }

    @Test
    void pageBreakStartsTheNextBlockOnANewPage() throws Exception {
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> {
            doc.paragraph("First page");
            doc.spacer(40);
            doc.pageBreak();
            doc.paragraph("Second page");
        });

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            assertThat(text(doc, 2)).contains("Second page").doesNotContain("First page");
        }
    }

    @Test
    void rowWithMoreCellsThanColumnsIsRefused() throws Exception {
        try (TaggedPdf doc = TaggedPdf.create(info(Conformance.PDF_UA_1), new ByteArrayOutputStream());
             TableWriter table = doc.table(List.of(PdfColumn.of("Only", 1)))) {
            assertThatThrownBy(() -> table.row("one", "two")).isInstanceOf(IllegalArgumentException.class);
            table.row("one");
        }
    }

    @Test
    void closedDocumentTakesNoMoreContent() throws Exception {
        TaggedPdf doc = TaggedPdf.create(info(Conformance.PDF_UA_1), new ByteArrayOutputStream());
        doc.paragraph("Done");
        doc.close();

        assertThatThrownBy(() -> doc.paragraph("Late")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void headingLevelsMayNotBeSkipped() throws Exception {
        try (TaggedPdf doc = TaggedPdf.create(info(Conformance.PDF_UA_1), new ByteArrayOutputStream())) {
            doc.heading(1, "One");
            assertThatThrownBy(() -> doc.heading(3, "Three")).isInstanceOf(IllegalArgumentException.class);
            doc.heading(2, "Two");
            doc.heading(3, "Three");
            doc.heading(1, "One again");
        }
    }

    @Test
    void headingIsNeverLeftAloneAtTheBottomOfAPage() throws Exception {
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> {
            for (int i = 0; i < 200; i++) {
                doc.heading(1, "Section " + i);
                doc.paragraph("Body of section " + i + ". " + "Words to fill the line. ".repeat(i % 7));
            }
        });

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                String[] lines = text(doc, page).strip().split("\n");
                assertThat(lines[lines.length - 1]).as("last line of page %d", page).doesNotStartWith("Section ");
            }
        }
    }

    @Test
    void figureIsTaggedWithItsAlternativeText() throws Exception {
        byte[] pdf = write(Conformance.PDF_UA_1, doc -> doc.figure(300, 120, "Bar chart: 12 milestones on track",
                TaggedPdfTest::bars));

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            COSDictionary figure = doc.getDocumentCatalog().getCOSObject()
                    .getCOSDictionary(COSName.STRUCT_TREE_ROOT).getCOSDictionary(COSName.K)
                    .getCOSDictionary(COSName.K);
            assertThat(figure.getNameAsString(COSName.S)).isEqualTo("Figure");
            assertThat(figure.getString(COSName.ALT)).isEqualTo("Bar chart: 12 milestones on track");
        }
    }

    // --- the sample report

    private static byte[] sampleReport(Conformance conformance) throws IOException {
        return write(conformance, doc -> {
            doc.setFooter("Bilateral progress report", HASH, "Page %d of %d");
            doc.heading(1, "Bilateral progress report — Informe bilateral");
            doc.paragraph("21st Century Border Management, December 2012. Secretaría de Hacienda y Crédito Público.");
            doc.tableOfContents("Contents");
            doc.setRunningHeader("US internal");
            doc.heading(1, "1. Strategic initiatives");
            doc.paragraph(List.of(Span.of("The "), new Span("Nuevo Esquema de Empresas Certificadas", TextStyle.BOLD,
                    SPANISH), Span.of(" pilot (Poiré) is on track; reference "), new Span(HASH, TextStyle.MONO, null),
                    Span.of(".")));
            doc.heading(2, "1.1 Cargo");
            doc.sideBySide(PdfCell.of("Joint inspection of cargo at Laredo, efficient and final.", ENGLISH),
                    PdfCell.of("Inspección conjunta de carga en Laredo, año 2012.", SPANISH));
            doc.figure(300, 120, "Bar chart: 12 milestones on track, 3 slipping", TaggedPdfTest::bars);
            doc.heading(1, "2. Milestones");
            try (TableWriter table = doc.table(columns())) {
                for (int i = 1; i <= 120; i++) {
                    table.row(List.of(PdfCell.of("M-" + i), PdfCell.of("Inspección conjunta " + i, SPANISH),
                            PdfCell.of(i % 5 == 0 ? "Slipping" : "On track"), PdfCell.of("2012-12-" + (i % 28 + 1))));
                }
            }
            doc.heading(2, "2.1 Notes");
            doc.paragraph("Ends here.", TextStyle.MUTED);
            doc.attach("milestones.csv", "text/csv", CSV, "Milestones as CSV");
        });
    }

    private static List<PdfColumn> columns() {
        return List.of(PdfColumn.of("Milestone", 1), PdfColumn.of("Title", 3), PdfColumn.of("Status", 1.2f),
                new PdfColumn("Due", 1.2f, Align.RIGHT));
    }

    private static void bars(org.apache.pdfbox.pdmodel.PDPageContentStream content, PdfFonts fonts, float width,
            float height) throws IOException {
        float[] grays = {0.2f, 0.5f, 0.75f};
        for (int i = 0; i < 3; i++) {
            content.setNonStrokingColor(grays[i], grays[i], grays[i]);
            content.addRect(20 + i * 90, 20, 60, (i + 1) * 30);
            content.fill();
        }
        content.setNonStrokingColor(0f, 0f, 0f);
        content.beginText();
        content.setFont(fonts.regular(), 8);
        content.newLineAtOffset(20, 5);
        content.showText("On track · Slipping · Late");
        content.endText();
    }

    // --- helpers

    interface Content {
        void write(TaggedPdf doc) throws IOException;
    }

    private static DocumentInfo info(Conformance conformance) {
        return new DocumentInfo("Bilateral progress report", "December 2012", "Accord", ENGLISH, conformance,
                Instant.parse("2012-12-14T10:15:30Z"));
    }

    private static byte[] write(Conformance conformance, Content content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TaggedPdf doc = TaggedPdf.create(info(conformance), out)) {
            content.write(doc);
        }
        return out.toByteArray();
    }

    private static String text(byte[] pdf, int from, int to) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            return stripper.getText(doc);
        }
    }

    private static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(doc);
    }

    private static int pageOfText(PDDocument doc, String text, int from) throws IOException {
        for (int page = from; page <= doc.getNumberOfPages(); page++) {
            if (text(doc, page).contains(text)) {
                return page;
            }
        }
        throw new AssertionError("Not found: " + text);
    }

    /** Failed rules as "clause-test: description (where)", empty when the file conforms. */
    static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            assertThat(result.getTotalAssertions()).as("checks run by veraPDF").isPositive();
            List<String> failed = new ArrayList<>();
            for (TestAssertion assertion : result.getTestAssertions()) {
                if (assertion.getStatus() == TestAssertion.Status.FAILED) {
                    String line = assertion.getRuleId().getClause() + "-" + assertion.getRuleId().getTestNumber() + ": "
                            + assertion.getMessage() + " (" + assertion.getLocation().getContext() + ")";
                    if (!failed.contains(line) && failed.size() < 40) {
                        failed.add(line);
                    }
                }
            }
            if (failed.isEmpty() && !result.isCompliant()) {
                failed.add("not compliant, but no failed assertion listed: " + result.getFailedChecks());
            }
            return failed;
        }
    }
}
