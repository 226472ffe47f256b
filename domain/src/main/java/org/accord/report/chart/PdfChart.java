package org.accord.report.chart;

import java.io.IOException;
import java.util.List;
import java.util.Objects;
import org.accord.report.pdf.FigurePainter;
import org.accord.report.pdf.PdfFonts;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;

/**
 * Paints a chart's drawing into a figure box of a PDF page: scaled to fit and centred, y flipped (the drawing's y
 * grows downwards, the page's upwards). Marked content is left to the PDF writer, which wraps the whole figure.
 */
public final class PdfChart implements FigurePainter {

    /** Bézier handle length that approximates a quarter circle. */
    private static final float KAPPA = 0.552_284_75f;

    private final Chart chart;

    public PdfChart(Chart chart) {
        this.chart = Objects.requireNonNull(chart, "chart");
    }

    public Chart chart() {
        return chart;
    }

    @Override
    public void paint(PDPageContentStream content, PdfFonts fonts, float width, float height) throws IOException {
        Drawing drawing = chart.drawing();
        float scale = (float) Math.min(width / drawing.width(), height / drawing.height());
        float offsetX = (float) ((width - drawing.width() * scale) / 2);
        float offsetY = (float) ((height - drawing.height() * scale) / 2);
        content.saveGraphicsState();
        content.transform(new Matrix(scale, 0, 0, scale, offsetX, offsetY));
        Painter painter = new Painter(content, fonts, (float) drawing.height());
        painter.shapes(drawing.shapes());
        content.restoreGraphicsState();
    }

    /** Paints in drawing units; {@code y(...)} turns a drawing y into a page y. */
    private record Painter(PDPageContentStream content, PdfFonts fonts, float height) {

        float y(double drawingY) {
            return height - (float) drawingY;
        }

        void shapes(List<Shape> shapes) throws IOException {
            for (Shape shape : shapes) {
                shape(shape);
            }
        }

        void shape(Shape shape) throws IOException {
            switch (shape) {
                case Shape.Line line -> {
                    stroke(line.stroke());
                    content.moveTo((float) line.x1(), y(line.y1()));
                    content.lineTo((float) line.x2(), y(line.y2()));
                    content.stroke();
                }
                case Shape.Rect rect -> {
                    fill(rect.fill());
                    content.addRect((float) rect.x(), y(rect.y() + rect.height()), (float) rect.width(),
                            (float) rect.height());
                    if (rect.stroke() != null) {
                        stroke(rect.stroke());
                        content.fillAndStroke();
                    } else {
                        content.fill();
                    }
                }
                case Shape.Polyline polyline -> {
                    if (polyline.points().size() < 2) {
                        return;
                    }
                    stroke(polyline.stroke());
                    content.setLineJoinStyle(1);
                    path(polyline.points(), false);
                    content.stroke();
                }
                case Shape.Marker marker -> marker(marker);
                case Shape.Text text -> text(text);
                case Shape.Group group -> shapes(group.shapes());
            }
        }

        void marker(Shape.Marker marker) throws IOException {
            fill(marker.fill());
            stroke(Stroke.solid(marker.outline(), 1));
            switch (marker.shape()) {
                case CIRCLE -> {
                    circle((float) marker.x(), y(marker.y()), (float) marker.size() / 2);
                    content.fillAndStroke();
                }
                case CROSS, PLUS -> {
                    stroke(Stroke.solid(marker.outline(), 2));
                    List<Shape.Point> ends = MarkerPaths.strokes(marker);
                    for (int i = 0; i < ends.size(); i += 2) {
                        content.moveTo((float) ends.get(i).x(), y(ends.get(i).y()));
                        content.lineTo((float) ends.get(i + 1).x(), y(ends.get(i + 1).y()));
                    }
                    content.stroke();
                }
                default -> {
                    path(MarkerPaths.outline(marker), true);
                    content.fillAndStroke();
                }
            }
        }

        void circle(float cx, float cy, float r) throws IOException {
            float k = KAPPA * r;
            content.moveTo(cx + r, cy);
            content.curveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r);
            content.curveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy);
            content.curveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r);
            content.curveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy);
            content.closePath();
        }

        void path(List<Shape.Point> points, boolean close) throws IOException {
            content.moveTo((float) points.getFirst().x(), y(points.getFirst().y()));
            for (Shape.Point point : points.subList(1, points.size())) {
                content.lineTo((float) point.x(), y(point.y()));
            }
            if (close) {
                content.closePath();
            }
        }

        void text(Shape.Text text) throws IOException {
            PDFont font = text.bold() ? fonts.bold() : fonts.regular();
            String shown = PdfText.drawable(font, text.text());
            if (shown.isEmpty()) {
                return;
            }
            float size = (float) text.size();
            float advance = font.getStringWidth(shown) / 1000 * size;
            float x = (float) text.x() - switch (text.anchor()) {
                case START -> 0;
                case MIDDLE -> advance / 2;
                case END -> advance;
            };
            fill(text.colour());
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, y(text.y()));
            content.showText(shown);
            content.endText();
        }

        void stroke(Stroke stroke) throws IOException {
            float[] rgb = Colours.rgb(stroke.colour());
            content.setStrokingColor(rgb[0], rgb[1], rgb[2]);
            content.setLineWidth((float) stroke.width());
            float[] dash = new float[stroke.dash().size()];
            for (int i = 0; i < dash.length; i++) {
                dash[i] = stroke.dash().get(i).floatValue();
            }
            content.setLineDashPattern(dash, 0);
        }

        void fill(String colour) throws IOException {
            float[] rgb = Colours.rgb(colour);
            content.setNonStrokingColor(rgb[0], rgb[1], rgb[2]);
        }
    }
}
