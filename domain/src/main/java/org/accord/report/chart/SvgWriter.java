package org.accord.report.chart;

import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Writes a chart as one standalone {@code <svg>} element to inline in a page: labelled for screen readers by its
 * title and alternate text, every text escaped, so that labels from users cannot add markup.
 */
public final class SvgWriter {

    static final String FONTS = "DejaVu Sans, Arial, sans-serif";

    private SvgWriter() {
    }

    /** The SVG, with element ids derived from the chart so that the same chart always writes the same text. */
    public static String write(Chart chart) {
        String id = "chart-" + HexFormat.of().toHexDigits((chart.title() + "\u0000" + chart.altText()).hashCode());
        return write(chart, id);
    }

    /** The SVG, its title and description ids starting with {@code idPrefix} (unique on the page). */
    public static String write(Chart chart, String idPrefix) {
        if (!idPrefix.matches("[A-Za-z][A-Za-z0-9_-]*")) {
            throw new IllegalArgumentException("An id prefix is a letter then letters, digits, - or _: " + idPrefix);
        }
        Drawing drawing = chart.drawing();
        StringBuilder svg = new StringBuilder(4096);
        String width = number(drawing.width());
        String height = number(drawing.height());
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"accord-chart\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(idPrefix).append("-title ").append(idPrefix)
                .append("-desc\" font-family=\"").append(FONTS).append("\">");
        svg.append("<title id=\"").append(idPrefix).append("-title\">").append(escape(chart.title()))
                .append("</title>");
        svg.append("<desc id=\"").append(idPrefix).append("-desc\">").append(escape(chart.altText()))
                .append("</desc>");
        svg.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\"/>");
        shapes(drawing.shapes(), svg);
        return svg.append("</svg>").toString();
    }

    private static void shapes(List<Shape> shapes, StringBuilder svg) {
        for (Shape shape : shapes) {
            shape(shape, svg);
        }
    }

    private static void shape(Shape shape, StringBuilder svg) {
        switch (shape) {
            case Shape.Line line -> {
                svg.append("<line x1=\"").append(number(line.x1())).append("\" y1=\"").append(number(line.y1()))
                        .append("\" x2=\"").append(number(line.x2())).append("\" y2=\"").append(number(line.y2()))
                        .append('"');
                stroke(line.stroke(), svg);
                svg.append("/>");
            }
            case Shape.Rect rect -> {
                svg.append("<rect x=\"").append(number(rect.x())).append("\" y=\"").append(number(rect.y()))
                        .append("\" width=\"").append(number(rect.width())).append("\" height=\"")
                        .append(number(rect.height())).append("\" fill=\"").append(rect.fill()).append('"');
                if (rect.stroke() != null) {
                    stroke(rect.stroke(), svg);
                }
                svg.append("/>");
            }
            case Shape.Polyline polyline -> {
                svg.append("<polyline points=\"").append(points(polyline.points())).append("\" fill=\"none\"");
                stroke(polyline.stroke(), svg);
                svg.append(" stroke-linejoin=\"round\"/>");
            }
            case Shape.Marker marker -> marker(marker, svg);
            case Shape.Text text -> {
                svg.append("<text x=\"").append(number(text.x())).append("\" y=\"").append(number(text.y()))
                        .append("\" font-size=\"").append(number(text.size())).append("\" fill=\"")
                        .append(text.colour()).append('"');
                if (text.anchor() != Anchor.START) {
                    svg.append(" text-anchor=\"").append(text.anchor() == Anchor.MIDDLE ? "middle" : "end")
                            .append('"');
                }
                if (text.bold()) {
                    svg.append(" font-weight=\"bold\"");
                }
                svg.append('>').append(escape(text.text())).append("</text>");
            }
            case Shape.Group group -> {
                svg.append("<g>");
                if (group.title() != null) {
                    svg.append("<title>").append(escape(group.title())).append("</title>");
                }
                shapes(group.shapes(), svg);
                svg.append("</g>");
            }
        }
    }

    private static void marker(Shape.Marker marker, StringBuilder svg) {
        String paint = "\" fill=\"" + marker.fill() + "\" stroke=\"" + marker.outline() + "\" stroke-width=\"1\"/>";
        double r = marker.size() / 2;
        switch (marker.shape()) {
            case CIRCLE -> svg.append("<circle cx=\"").append(number(marker.x())).append("\" cy=\"")
                    .append(number(marker.y())).append("\" r=\"").append(number(r)).append(paint);
            case CROSS, PLUS -> {
                svg.append("<path d=\"");
                List<Shape.Point> ends = MarkerPaths.strokes(marker);
                for (int i = 0; i < ends.size(); i += 2) {
                    svg.append('M').append(number(ends.get(i).x())).append(',').append(number(ends.get(i).y()))
                            .append('L').append(number(ends.get(i + 1).x())).append(',')
                            .append(number(ends.get(i + 1).y()));
                }
                svg.append("\" fill=\"none\" stroke=\"").append(marker.outline()).append("\" stroke-width=\"2\"/>");
            }
            default -> svg.append("<polygon points=\"").append(points(MarkerPaths.outline(marker))).append(paint);
        }
    }

    private static void stroke(Stroke stroke, StringBuilder svg) {
        svg.append(" stroke=\"").append(stroke.colour()).append("\" stroke-width=\"").append(number(stroke.width()))
                .append('"');
        if (stroke.isDashed()) {
            svg.append(" stroke-dasharray=\"");
            for (int i = 0; i < stroke.dash().size(); i++) {
                svg.append(i == 0 ? "" : " ").append(number(stroke.dash().get(i)));
            }
            svg.append('"');
        }
    }

    private static String points(List<Shape.Point> points) {
        StringBuilder text = new StringBuilder();
        for (Shape.Point point : points) {
            text.append(text.isEmpty() ? "" : " ").append(number(point.x())).append(',').append(number(point.y()));
        }
        return text.toString();
    }

    static String number(double value) {
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("Coordinates are finite numbers, not " + value);
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.contains(".") ? text.replaceAll("0+$", "").replaceAll("\\.$", "") : text;
        return text.equals("-0") ? "0" : text;
    }

    /** Text for element content or attributes; characters XML forbids (most control characters) are dropped. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.codePoints().forEach(c -> {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> {
                    if (allowedInXml(c)) {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean allowedInXml(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
