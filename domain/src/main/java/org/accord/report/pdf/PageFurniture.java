package org.accord.report.pdf;

import static org.accord.report.pdf.PageFlow.CONTENT_WIDTH;
import static org.accord.report.pdf.PageFlow.LEFT;
import static org.accord.report.pdf.PageFlow.PAGE_HEIGHT;
import static org.accord.report.pdf.PageFlow.RIGHT;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;

/**
 * Running header and footer of every page, written at close when the page count is known: a stream put before the
 * page's content (so the header reads first) and one after, both pagination artifacts.
 */
final class PageFurniture {

    private static final COSName PAGINATION = COSName.getPDFName("Pagination");

    private PageFurniture() {
    }

    static void write(PDDocument document, List<PageRecord> pages, Faces faces) throws IOException {
        int total = pages.size();
        Face headerFace = faces.furnitureBold();
        Face textFace = faces.furniture(false);
        Face monoFace = faces.furniture(true);
        for (int i = 0; i < total; i++) {
            PageRecord record = pages.get(i);
            if (record.header != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, record.page, AppendMode.PREPEND,
                        true)) {
                    content.saveGraphicsState();
                    beginPagination(content, "Header");
                    String text = drawable(record.header, headerFace);
                    show(content, headerFace, text, LEFT + (CONTENT_WIDTH - headerFace.width(text)) / 2,
                            PAGE_HEIGHT - 32);
                    content.endMarkedContent();
                    content.restoreGraphicsState();
                }
            }
            PageRecord.Footer footer = record.footer;
            if (footer != null) {
                try (PDPageContentStream content = new PDPageContentStream(document, record.page, AppendMode.APPEND,
                        true, false)) {
                    beginPagination(content, "Footer");
                    content.setStrokingColor(0.6f, 0.6f, 0.6f);
                    content.setLineWidth(0.5f);
                    content.moveTo(LEFT, 50);
                    content.lineTo(RIGHT, 50);
                    content.stroke();
                    float numberWidth = 0;
                    if (footer.pageFormat() != null) {
                        String number = drawable(String.format(Locale.ROOT, footer.pageFormat(), i + 1, total),
                                textFace);
                        numberWidth = textFace.width(number);
                        show(content, textFace, number, RIGHT - numberWidth, 40);
                    }
                    if (footer.left() != null) {
                        show(content, textFace, fit(drawable(footer.left(), textFace), textFace,
                                CONTENT_WIDTH - numberWidth - 12), LEFT, 40);
                    }
                    if (footer.mono() != null) {
                        String mono = drawable(footer.mono(), monoFace);
                        float size = Math.min(monoFace.size(),
                                monoFace.size() * CONTENT_WIDTH / Math.max(1, monoFace.width(mono)));
                        show(content, new Face(monoFace.font(), monoFace.metrics(), size, monoFace.gray()), mono,
                                LEFT, 30);
                    }
                    content.endMarkedContent();
                }
            }
        }
    }

    private static String drawable(String text, Face face) {
        StringBuilder sb = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            sb.appendCodePoint(face.metrics().drawable(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }

    private static String fit(String text, Face face, float width) {
        if (face.width(text) <= width) {
            return text;
        }
        String shortened = text;
        while (!shortened.isEmpty() && face.width(shortened + "\u2026") > width) {
            shortened = shortened.substring(0, shortened.length() - 1);
        }
        return shortened + "\u2026";
    }

    private static void beginPagination(PDPageContentStream content, String subtype) throws IOException {
        COSDictionary properties = new COSDictionary();
        properties.setItem(COSName.TYPE, PAGINATION);
        properties.setName(COSName.SUBTYPE, subtype);
        content.beginMarkedContent(COSName.ARTIFACT, PDPropertyList.create(properties));
    }

    private static void show(PDPageContentStream content, Face face, String text, float x, float baseline)
            throws IOException {
        content.setNonStrokingColor(face.gray(), face.gray(), face.gray());
        content.beginText();
        content.setFont(face.font(), face.size());
        content.newLineAtOffset(x, baseline);
        content.showText(text);
        content.endText();
    }
}
