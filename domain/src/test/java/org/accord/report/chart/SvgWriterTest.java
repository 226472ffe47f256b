package org.accord.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

class SvgWriterTest {

    private static final Locale SPANISH = Locale.forLanguageTag("es-MX");

    @Test
    void healthChartIsAnAccessibleSvgWithItsLabelsAndCounts() throws Exception {
        Chart chart = HealthChart.draw(ChartFixtures.health(), ChartFixtures.HEALTH);

        Document svg = parse(SvgWriter.write(chart));

        Element root = svg.getDocumentElement();
        assertThat(root.getTagName()).isEqualTo("svg");
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).startsWith("0 0 500 ");
        assertThat(root.getAttribute("font-family")).isEqualTo("DejaVu Sans, Arial, sans-serif");
        String[] labelledBy = root.getAttribute("aria-labelledby").split(" ");
        assertThat(labelledBy).hasSize(2);
        assertThat(elementWithId(svg, labelledBy[0]).getTagName()).isEqualTo("title");
        assertThat(elementWithId(svg, labelledBy[0]).getTextContent()).isEqualTo("Health by commitment");
        assertThat(elementWithId(svg, labelledBy[1]).getTagName()).isEqualTo("desc");
        assertThat(elementWithId(svg, labelledBy[1]).getTextContent()).isEqualTo(chart.altText());
        assertThat(texts(svg)).contains("DOP 1 Trade facilitation", "DOP 2 Secure flows — Poiré", "3", "1", "2",
                "green", "amber", "red", "not rated", "Initiatives");
    }

    @Test
    void altTextSummarisesEachCommitment() {
        Chart chart = HealthChart.draw(List.of(new CommitmentHealth("Goal 1", 3, 1, 0),
                new CommitmentHealth("Goal 2", 0, 0, 2)), ChartFixtures.HEALTH);

        assertThat(chart.altText())
                .isEqualTo("Health by commitment: Goal 1: 3 green, 1 amber, 0 red; Goal 2: 0 green, 0 amber, 2 red.");
    }

    @Test
    void hostileLabelsAreEscapedNotInterpreted() throws Exception {
        String hostile = "<script>alert('x')</script> & \"q\"";
        Chart chart = HealthChart.draw(List.of(new CommitmentHealth(hostile, 1, 0, 0)),
                new HealthChart.Words("A <b>bold</b> & title", "x", "g", "a", "r", "n", "none"));

        String text = SvgWriter.write(chart);
        Document svg = parse(text);

        assertThat(text).doesNotContain("<script").doesNotContain("<b>");
        assertThat(svg.getElementsByTagName("script").getLength()).isZero();
        assertThat(svg.getElementsByTagName("b").getLength()).isZero();
        assertThat(texts(svg)).contains(hostile);
        assertThat(svg.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("A <b>bold</b> & title");
    }

    @Test
    void controlCharactersThatXmlForbidsAreDropped() throws Exception {
        Chart chart = SlippageChart.draw(List.of(new SlippageBucket("late\u0001\u0008r", 2)), ChartFixtures.SLIPPAGE);

        assertThat(texts(parse(SvgWriter.write(chart)))).contains("later");
    }

    @Test
    void everyChartSaysNoDataInsteadOfFailing() throws Exception {
        List<Chart> empty = List.of(
                HealthChart.draw(List.of(), ChartFixtures.HEALTH),
                HealthChart.draw(List.of(new CommitmentHealth("Nothing rated", 0, 0, 0)), ChartFixtures.HEALTH),
                BurnUpChart.draw(List.of(), 0, LocalDate.of(2013, 3, 31), SPANISH, ChartFixtures.BURN_UP),
                SlippageChart.draw(new SlippageAccumulator().buckets(Enum::name), ChartFixtures.SLIPPAGE),
                TrendChart.draw(List.of(new TrendSeries("No reports yet", LocalDate.of(2013, 5, 1), List.of())),
                        SPANISH, ChartFixtures.TREND));

        assertThat(texts(parse(SvgWriter.write(empty.get(0))))).contains("No initiatives yet");
        assertThat(texts(parse(SvgWriter.write(empty.get(1))))).contains("No initiatives yet");
        assertThat(texts(parse(SvgWriter.write(empty.get(2))))).contains("No milestones / Sin hitos");
        assertThat(texts(parse(SvgWriter.write(empty.get(3))))).contains("No milestones");
        assertThat(texts(parse(SvgWriter.write(empty.get(4))))).contains("No key milestones");
        assertThat(empty).allSatisfy(chart -> assertThat(chart.altText()).startsWith(chart.title() + ": "));
    }

    @Test
    void burnUpNamesTheMonthsInTheReportsLanguage() throws Exception {
        Chart chart = BurnUpChart.draw(ChartFixtures.burnUp(), 4, LocalDate.of(2013, 3, 15), SPANISH,
                ChartFixtures.BURN_UP);

        List<String> texts = texts(parse(SvgWriter.write(chart)));

        assertThat(texts).contains("ene 2013", "feb 2013", "Baseline / Línea base", "Done / Cumplidos", "4",
                "Milestones", "Month");
        assertThat(texts).anyMatch(t -> t.startsWith("As of / Al 15"));
        assertThat(chart.altText()).contains("Total scope 4", "Baseline / Línea base 3", "Done / Cumplidos 2");
    }

    @Test
    void burnUpStopsTheActualLineAtTheAsOfDate() {
        Chart chart = BurnUpChart.draw(ChartFixtures.burnUp(), 4, LocalDate.of(2013, 3, 15), Locale.ENGLISH,
                ChartFixtures.BURN_UP);

        Shape.Polyline actual = polylineOf(chart, "Done / Cumplidos");
        Shape.Polyline baseline = polylineOf(chart, "Baseline / Línea base");
        Shape.Line asOf = chart.drawing().shapes().stream()
                .filter(s -> s instanceof Shape.Group g && g.title() != null && g.title().startsWith("As of"))
                .map(s -> (Shape.Line) ((Shape.Group) s).shapes().getFirst()).findFirst().orElseThrow();

        assertThat(baseline.points()).hasSize(6);
        assertThat(actual.points()).hasSize(3);
        assertThat(actual.points().getLast().x()).isEqualTo(asOf.x1());
    }

    @Test
    void slippageBarsCarryTheirCounts() throws Exception {
        Chart chart = SlippageChart.draw(ChartFixtures.slippage(), ChartFixtures.SLIPPAGE);

        List<String> texts = texts(parse(SvgWriter.write(chart)));

        assertThat(texts).contains("1–30 days", "31–90 days", "> 180 days", "Days late");
        assertThat(chart.altText()).isEqualTo("Slippage: Early or on time / A tiempo 2; 1–30 days 1; 31–90 days 2; "
                + "91–180 days 0; > 180 days 1.");
        assertThat(texts).containsSubsequence("2", "1", "2", "0", "1");
    }

    @Test
    void trendChartGivesEveryMilestoneItsOwnColourAndMarker() throws Exception {
        List<TrendSeries> eight = new ArrayList<>();
        for (int i = 0; i < TrendChart.MAX_SERIES; i++) {
            eight.add(new TrendSeries("Milestone " + i, LocalDate.of(2013, 6, 1).plusMonths(i), List.of(
                    new TrendPoint(LocalDate.of(2013, 1, 31), LocalDate.of(2013, 7, 1).plusMonths(i)),
                    new TrendPoint(LocalDate.of(2013, 2, 28), LocalDate.of(2013, 8, 1).plusMonths(i)))));
        }

        Chart chart = TrendChart.draw(eight, SPANISH, ChartFixtures.TREND);

        List<Shape.Group> series = chart.drawing().shapes().stream()
                .filter(s -> s instanceof Shape.Group g && g.title() != null && g.title().startsWith("Milestone "))
                .map(Shape.Group.class::cast).toList();
        assertThat(series).hasSize(8);
        assertThat(series.stream().map(g -> marker(g).shape()).distinct()).hasSize(8);
        assertThat(series.stream().map(g -> marker(g).outline()).distinct()).hasSize(8);
        assertThat(texts(parse(SvgWriter.write(chart)))).contains("Milestone 0", "Milestone 7", "ene 2013",
                "Forecast = report date", "Report date", "Forecast date");
    }

    @Test
    void trendChartStartsAtTheBaselineAndSummarisesTheLatestForecast() {
        Chart chart = TrendChart.draw(ChartFixtures.trend(), Locale.UK, ChartFixtures.TREND);

        Shape.Group pilot = chart.drawing().shapes().stream()
                .filter(s -> s instanceof Shape.Group g && g.title() != null && g.title().startsWith("Pre-inspection"))
                .map(Shape.Group.class::cast).findFirst().orElseThrow();
        Shape.Polyline line = (Shape.Polyline) pilot.shapes().getFirst();
        Shape.Marker baseline = (Shape.Marker) pilot.shapes().get(1);

        assertThat(line.points()).hasSize(4);
        assertThat(baseline.fill()).isEqualTo("#ffffff");
        assertThat(line.points().get(0).x()).isLessThan(line.points().get(1).x());
        assertThat(line.points().get(3).y()).isLessThan(line.points().get(1).y());
        assertThat(chart.altText()).contains("Pre-inspection pilot: Baseline / Línea base 30 Jun 2013, "
                + "latest forecast 31 Aug 2013 (31 Mar 2013)");
    }

    @Test
    void trendChartRefusesMoreMilestonesThanItCanTellApart() {
        List<TrendSeries> nine = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            nine.add(new TrendSeries("M" + i, null, List.of()));
        }

        assertThatThrownBy(() -> TrendChart.draw(nine, Locale.ENGLISH, ChartFixtures.TREND))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 8");
    }

    @Test
    void sameChartWritesTheSameSvg() {
        Chart chart = SlippageChart.draw(ChartFixtures.slippage(), ChartFixtures.SLIPPAGE);

        assertThat(SvgWriter.write(chart)).isEqualTo(SvgWriter.write(chart));
        assertThatThrownBy(() -> SvgWriter.write(chart, "x\"><script>"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static Shape.Marker marker(Shape.Group series) {
        return series.shapes().stream().filter(Shape.Marker.class::isInstance).map(Shape.Marker.class::cast)
                .findFirst().orElseThrow();
    }

    private static Shape.Polyline polylineOf(Chart chart, String title) {
        return chart.drawing().shapes().stream()
                .filter(s -> s instanceof Shape.Group g && title.equals(g.title()))
                .map(s -> (Shape.Polyline) ((Shape.Group) s).shapes().getFirst()).findFirst().orElseThrow();
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
    }

    private static Element elementWithId(Document svg, String id) {
        NodeList all = svg.getElementsByTagName("*");
        for (int i = 0; i < all.getLength(); i++) {
            Element element = (Element) all.item(i);
            if (id.equals(element.getAttribute("id"))) {
                return element;
            }
        }
        throw new AssertionError("No element with id " + id);
    }

    private static List<String> texts(Document svg) {
        NodeList nodes = svg.getElementsByTagName("text");
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}
