package org.accord.report.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.accord.report.pdf.PdfFonts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class PdfChartTest {

    @Test
    void chartsPaintIntoAPdfWhoseTextReadsBackWithAccents() throws IOException {
        List<Chart> charts = List.of(
                HealthChart.draw(ChartFixtures.health(), ChartFixtures.HEALTH),
                BurnUpChart.draw(ChartFixtures.burnUp(), 4, LocalDate.of(2013, 3, 15), Locale.forLanguageTag("es"),
                        ChartFixtures.BURN_UP),
                SlippageChart.draw(ChartFixtures.slippage(), ChartFixtures.SLIPPAGE),
                TrendChart.draw(ChartFixtures.trend(), Locale.ENGLISH, ChartFixtures.TREND));

        String text = textOf(pdfWith(charts));

        assertThat(text).contains("Health by commitment", "DOP 1 Trade facilitation", "Poiré", "not rated",
                "Baseline / Línea base", "Forecast / Pronóstico", "ene 2013", "1–30 days",
                "Cargo data exchange (Poiré)", "Forecast = report date");
    }

    @Test
    void charactersTheFontLacksBecomeQuestionMarks() throws IOException {
        Chart chart = HealthChart.draw(List.of(new CommitmentHealth("Puerto 漢 Norte", 1, 0, 0)),
                ChartFixtures.HEALTH);

        String text = textOf(pdfWith(List.of(chart)));

        assertThat(text).contains("Puerto ? Norte");
    }

    @Test
    void emptyChartsPaintTheirNoDataText() throws IOException {
        Chart chart = BurnUpChart.draw(List.of(), 0, LocalDate.of(2013, 3, 31), Locale.ENGLISH,
                ChartFixtures.BURN_UP);

        assertThat(textOf(pdfWith(List.of(chart)))).contains("No milestones / Sin hitos");
    }

    @Test
    void drawingIsScaledIntoTheFigureBoxTitleUppermost() throws IOException {
        Chart chart = SlippageChart.draw(ChartFixtures.slippage(), ChartFixtures.SLIPPAGE);
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                positions.add(text);
                super.processTextPosition(text);
            }
        };

        try (PDDocument reopened = Loader.loadPDF(pdfWith(List.of(chart)))) {
            stripper.getText(reopened);
            float pageHeight = reopened.getPage(0).getMediaBox().getHeight();
            // The box: 450 x 300 points at (56, 400) from the page's bottom-left; the drawing is 500 x 260.
            assertThat(positions).isNotEmpty().allSatisfy(p -> {
                assertThat(p.getXDirAdj()).isBetween(56f, 506f);
                assertThat(pageHeight - p.getYDirAdj()).isBetween(400f, 700f);
            });
            float titleTop = positions.stream().filter(p -> p.getUnicode().equals("S")).findFirst().orElseThrow()
                    .getYDirAdj();
            assertThat(positions).allSatisfy(p -> assertThat(p.getYDirAdj()).isGreaterThanOrEqualTo(titleTop));
            // 450 / 500 of the 13-point title
            assertThat(positions.getFirst().getXScale()).isCloseTo(11.7f, Offset.offset(0.1f));
        }
    }

    /** One page per chart, each in a figure box smaller than the drawing, so that it is scaled to fit. */
    private static byte[] pdfWith(List<Chart> charts) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PdfFonts fonts = new PdfFonts(font(document, "/fonts/DejaVuSans.ttf"),
                    font(document, "/fonts/DejaVuSans-Bold.ttf"), font(document, "/fonts/DejaVuSansMono.ttf"));
            for (Chart chart : charts) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    content.saveGraphicsState();
                    content.transform(Matrix.getTranslateInstance(56, 400));
                    new PdfChart(chart).paint(content, fonts, 450, 300);
                    content.restoreGraphicsState();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = PdfChartTest.class.getResourceAsStream(resource)) {
            return PDType0Font.load(document, in);
        }
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument reopened = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(reopened);
        }
    }
}
